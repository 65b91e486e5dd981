package se.vendorscreening.audit.internal;

import java.util.List;

/** Settings that would make the service misbehave; start-up stops with every problem listed. */
class InvalidSettingsException extends RuntimeException {

  private final List<String> problems;

  InvalidSettingsException(List<String> problems) {
    super("Invalid settings: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
