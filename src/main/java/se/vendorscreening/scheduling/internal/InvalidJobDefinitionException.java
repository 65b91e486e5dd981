package se.vendorscreening.scheduling.internal;

import java.util.List;

/** A job definition file that cannot be used; the message names each file, key and reason. */
class InvalidJobDefinitionException extends IllegalArgumentException {

  private final List<String> problems;

  InvalidJobDefinitionException(List<String> problems) {
    super("Invalid job definitions:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
