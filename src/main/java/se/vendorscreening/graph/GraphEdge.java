package se.vendorscreening.graph;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One edge of a signal's explanation, with its two ends, as a report draws it (docs/ownership.md,
 * "The network in the reports"). Persons' numbers are masked ({@code YYMMDD-****}) before they get
 * here.
 *
 * @param from where the edge starts: the person, owner or subcontractor
 * @param relation {@link #REPRESENTS}, {@link #OWNS} or {@link #SUBCONTRACTS_FOR}
 * @param roles the representative roles held, as {@code RepresentativeRole} names joined by {@code
 *     +} (e.g. {@code BOARD+CEO}); null when none (an owner only)
 * @param share the share owned, 0–1, for an owner (directly, along this edge); else null
 * @param since the first day a role was held, when known
 * @param until the last day a role was held, when it has ended and that is known
 * @param to where the edge ends: the company
 */
public record GraphEdge(
    Node from,
    String relation,
    String roles,
    Double share,
    LocalDate since,
    LocalDate until,
    Node to) {

  /** A person in a company's circle: representative in a role, and possibly owner too. */
  public static final String REPRESENTS = "REPRESENTS";

  /** An owner (person, company or other) holds a share of a company, and no role in it. */
  public static final String OWNS = "OWNS";

  /** A subcontractor works under a vendor (or under another subcontractor). */
  public static final String SUBCONTRACTS_FOR = "SUBCONTRACTS_FOR";

  public GraphEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(to, "to");
  }

  /**
   * A node of the explanation.
   *
   * @param kind {@link #COMPANY}, {@link #PERSON} or {@link #OWNER} (an owner that is neither a
   *     Swedish company nor a person with a personnummer, e.g. a foreign entity)
   * @param name the name; null when only the number is known
   * @param number the organisation number, the masked personal number, or a foreign registry id;
   *     null when none is known
   * @param country the country (ISO 3166-1 alpha-2) when the ownership file gives it, else null
   * @param note what else the signal says about the node, e.g. {@code EXCLUDED 2026-05-04} for a
   *     phoenix's earlier company or {@code NETWORK N-17} for an assessed subject; null when
   *     nothing
   */
  public record Node(String kind, String name, String number, String country, String note) {

    public static final String COMPANY = "COMPANY";
    public static final String PERSON = "PERSON";
    public static final String OWNER = "OWNER";

    public Node {
      Objects.requireNonNull(kind, "kind");
    }

    /** The node with a note. */
    public Node withNote(String other) {
      return new Node(kind, name, number, country, other);
    }

    /**
     * What identifies the node across findings: kind, number and name (a masked personal number
     * alone is not unique).
     */
    public String identity() {
      return kind + "|" + (number == null ? "" : number) + "|" + (name == null ? "" : name);
    }
  }
}
