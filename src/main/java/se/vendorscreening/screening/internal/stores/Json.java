package se.vendorscreening.screening.internal.stores;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of the screening tables: evidence maps, contracts, overrides, inputs. */
final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static String write(Object value) {
    return value == null ? null : MAPPER.writeValueAsString(value);
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
