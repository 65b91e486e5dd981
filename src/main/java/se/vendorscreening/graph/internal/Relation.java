package se.vendorscreening.graph.internal;

/**
 * An edge of the relationship graph. Identity equality on purpose: the graph is a multigraph, and
 * two equal relations (the same person twice on a board, in two imports) are two edges.
 *
 * @param kind what the edge means
 * @param role the representative's or party's role, e.g. {@code BOARD} or {@code VENDOR}
 * @param share the owned fraction 0–1 for {@link Kind#OWNS}, else 0
 */
final class Relation {

  /** What an edge means; each runs from the first to the second kind of node. */
  enum Kind {
    /** person → party: a representative in a role. */
    REPRESENTS,
    /** owner (person, party or other) → party: holds a share. */
    OWNS,
    /** party → procurement: tenders as vendor or subcontractor. */
    TENDERS,
    /** subcontractor → vendor in a procurement. */
    SUBCONTRACTS_FOR,
    /** party → contract. */
    HOLDS,
    /** contract → procurement. */
    AWARDED_IN
  }

  private final Kind kind;
  private final String role;
  private final double share;

  Relation(Kind kind, String role, double share) {
    this.kind = kind;
    this.role = role;
    this.share = share;
  }

  Kind kind() {
    return kind;
  }

  String role() {
    return role;
  }

  double share() {
    return share;
  }
}
