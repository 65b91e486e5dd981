package se.vendorscreening.screening.internal;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of the screening tables: evidence maps, contracts, overrides, inputs. */
final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static String write(Object value) {
    return value == null ? null : MAPPER.writeValueAsString(value);
  }

  static <T> List<T> readList(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    return MAPPER.readValue(
        json, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
  }

  static Map<String, String> readMap(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    return MAPPER.readValue(json, new TypeReference<java.util.LinkedHashMap<String, String>>() {});
  }
}
