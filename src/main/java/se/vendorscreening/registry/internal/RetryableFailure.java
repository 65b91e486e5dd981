package se.vendorscreening.registry.internal;

/** An answer worth asking again for: a 5xx status, or 429 (after its Retry-After). */
final class RetryableFailure extends RuntimeException {

  RetryableFailure(String reason) {
    super(reason, null, false, false);
  }
}
