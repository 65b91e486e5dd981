package se.vendorscreening.registry.internal;

import java.nio.charset.StandardCharsets;
import se.vendorscreening.registry.Evidence;

/**
 * A registry's final answer as received, with the evidence it was stored under.
 *
 * @param status the HTTP status
 * @param body the response body
 * @param evidence where and when, the body's SHA-256 and the stored evidence id
 */
record RawAnswer(int status, byte[] body, Evidence evidence) {

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
