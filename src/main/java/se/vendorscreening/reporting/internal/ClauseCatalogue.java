package se.vendorscreening.reporting.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The termination clauses of one language, in catalogue order. */
final class ClauseCatalogue {

  /** Applies when a mandatory ground existed before the contract started (LOU 17:17). */
  static final String STATUTORY = "STATUTORY_17_17";

  /** Lets the authority require a flagged subcontractor to be replaced. */
  static final String SUBCONTRACTOR = "SUBCONTRACTOR";

  private final String version;
  private final Map<String, Clause> clauses = new LinkedHashMap<>();

  ClauseCatalogue(String version, List<Clause> clauses) {
    this.version = version;
    clauses.forEach(clause -> this.clauses.put(clause.id(), clause));
  }

  /** The catalogue's version, as the operator wrote it. */
  String version() {
    return version;
  }

  List<Clause> all() {
    return List.copyOf(clauses.values());
  }

  Optional<Clause> byId(String id) {
    return Optional.ofNullable(clauses.get(id));
  }

  /** The clauses every contract of the procurement must contain. */
  List<Clause> standard() {
    return clauses.values().stream().filter(Clause::standard).toList();
  }

  /** The clauses a finding of this rule invokes, except the statutory one, which needs dates. */
  List<Clause> invokedBy(String ruleId) {
    return clauses.values().stream()
        .filter(clause -> !clause.id().equals(STATUTORY))
        .filter(clause -> clause.rules().contains(ruleId))
        .toList();
  }
}
