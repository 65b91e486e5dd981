package se.vendorscreening.screening.internal.stores;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.vendorscreening.intake.Contract;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of the screening tables: evidence maps, contracts, overrides, inputs. */
final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static String write(Object value) {
    if (value instanceof Collection<?> collection && collection.isEmpty()) {
      return "[]"; // what Jackson writes for it, without a generator (most parties' overrides)
    }
    return value == null ? null : MAPPER.writeValueAsString(value);
  }

  /**
   * A party's contracts as {@link #write} writes them (the record's components in order, the dates
   * as ISO dates, the amount as {@link java.math.BigDecimal#toString}), without Jackson where every
   * text is printable ASCII without a quote or backslash, which JSON writes as it is: most parties
   * have a contract, and Jackson took a tenth of the party threads' samples for it. Other texts go
   * to Jackson.
   */
  static String writeContracts(List<Contract> contracts) {
    if (contracts.isEmpty()) {
      return "[]";
    }
    StringBuilder json = new StringBuilder(112 * contracts.size());
    json.append('[');
    for (Contract contract : contracts) {
      if (!plain(contract.contractId())) {
        return write(contracts);
      }
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("{\"contractId\":\"")
          .append(contract.contractId())
          .append("\",\"status\":\"")
          .append(contract.status().name())
          .append("\",\"start\":");
      date(json, contract.start());
      json.append(",\"end\":");
      date(json, contract.end());
      json.append(",\"annualValueSek\":")
          .append(contract.annualValueSek() == null ? "null" : contract.annualValueSek().toString())
          .append('}');
    }
    return json.append(']').toString();
  }

  private static void date(StringBuilder json, LocalDate date) {
    if (date == null) {
      json.append("null");
    } else {
      json.append('"').append(date).append('"');
    }
  }

  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** List types by element class, built once: reports read a list for every stored result. */
  private static final Map<Class<?>, JavaType> LIST_TYPES = new ConcurrentHashMap<>();

  static <T> List<T> readList(String json, Class<T> type) {
    if (json == null || json.isBlank() || "[]".equals(json)) {
      return List.of();
    }
    return MAPPER.readValue(
        json,
        LIST_TYPES.computeIfAbsent(
            type, element -> MAPPER.getTypeFactory().constructCollectionType(List.class, element)));
  }

  static Map<String, String> readMap(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    return MAPPER.readValue(json, new TypeReference<java.util.LinkedHashMap<String, String>>() {});
  }
}
