package se.vendorscreening.registry.internal;

import se.vendorscreening.registry.RegistryCheckFailedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the HTTP registry's JSON strictly: an answer that is not the protocol's JSON (not JSON, a
 * wrong type, a required field missing) fails the check instead of being read as "nothing found".
 */
final class RegistryJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private RegistryJson() {}

  static <T> T read(String check, RawAnswer answer, Class<T> type) {
    try {
      T value = MAPPER.readValue(answer.body(), type);
      if (value == null) {
        throw malformed(check, answer, "empty body");
      }
      return value;
    } catch (JacksonException e) {
      throw malformed(check, answer, e.getOriginalMessage());
    }
  }

  static RegistryCheckFailedException malformed(String check, RawAnswer answer, String why) {
    return new RegistryCheckFailedException(
        check,
        "malformed answer from %s (evidence %s): %s"
            .formatted(answer.evidence().source(), answer.evidence().evidenceId(), why),
        null);
  }

  static <T> T required(String check, RawAnswer answer, T value, String field) {
    if (value == null) {
      throw malformed(check, answer, "missing " + field);
    }
    return value;
  }
}
