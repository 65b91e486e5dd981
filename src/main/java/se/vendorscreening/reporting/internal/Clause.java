package se.vendorscreening.reporting.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A contract termination clause (hävningsklausul) of the catalogue.
 *
 * @param id the clause id, as results.csv lists it
 * @param title its heading
 * @param rules the rule ids whose findings make it apply
 * @param standard whether every contract of a procurement must contain it
 * @param text the full text, paragraphs separated by a blank line
 */
record Clause(String id, String title, List<String> rules, boolean standard, String text) {

  Clause {
    Objects.requireNonNull(id, "id");
    title = Objects.requireNonNullElse(title, id).strip();
    rules = List.copyOf(rules == null ? List.of() : rules);
    text = Objects.requireNonNullElse(text, "").strip();
  }

  /** The text's paragraphs, each on one line. */
  List<String> paragraphs() {
    return Arrays.stream(text.split("\\R\\s*\\R"))
        .map(paragraph -> paragraph.strip().replaceAll("\\s*\\R\\s*", " "))
        .filter(paragraph -> !paragraph.isEmpty())
        .toList();
  }
}
