package se.vendorscreening.intake.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import se.vendorscreening.intake.PartyRole;

/**
 * What the rows of a vendor list depend on beyond themselves, learnt in one pass over the list
 * before its rows are imported: the vendors, the parties a subcontractor may work under (a vendor
 * of the same procurement, or a subcontractor whose own chain of parents reaches one: a
 * subcontractor at any tier; one whose chain does not, or runs in a circle, is rejected wherever in
 * the list it stands) and every party the import accepts (a representative of any other company is
 * rejected). Read from the file, not the register, so that the vendor and representative rows can
 * be imported side by side, and again alike after a restart.
 *
 * @param vendorKeys {@link VendorRowValidator#procurementKey} of every vendor row that passes
 *     {@link VendorRowValidator#validateAlone}
 * @param parentKeys {@link VendorRowValidator#procurementKey} of every party a subcontractor may
 *     name as its parent: the vendors and the subcontractors whose chain reaches a vendor
 * @param partyKeys the party key of every row that {@link VendorRowValidator#validate} accepts
 */
record VendorListKeys(Set<String> vendorKeys, Set<String> parentKeys, Set<String> partyKeys) {

  /** Learns the keys from the rows of a vendor list as they are read, in any order. */
  static final class Collector {

    private final Set<String> vendorKeys = new HashSet<>();
    private final Set<String> partyKeys = new HashSet<>();

    /** A subcontractor's procurement key to its parent's, and to its party key. */
    private final Map<String, String> parentOf = new HashMap<>();

    private final Map<String, String> partyKeyOf = new HashMap<>();

    void add(ListRow<VendorColumn> row) {
      if (VendorRowValidator.validateAlone(row) instanceof RowOutcome.Accepted<VendorRow> ok) {
        String key = VendorRowValidator.procurementKey(ok.row().procurementId(), ok.row().key());
        if (ok.row().role() == PartyRole.VENDOR) {
          vendorKeys.add(key);
          partyKeys.add(ok.row().key());
        } else {
          parentOf.putIfAbsent(
              key,
              VendorRowValidator.procurementKey(ok.row().procurementId(), ok.row().parentKey()));
          partyKeyOf.putIfAbsent(key, ok.row().key());
        }
      }
    }

    /**
     * The keys of the rows added, once all are. The subcontractors that may be named as parents are
     * those a breadth-first walk (JGraphT's) from the vendors down the parent links reaches: a
     * chain that ends at a party not in the list, or runs in a circle, is reached from no vendor.
     */
    VendorListKeys keys() {
      Graph<String, DefaultEdge> under = new DefaultDirectedGraph<>(DefaultEdge.class);
      vendorKeys.forEach(under::addVertex);
      parentOf.forEach(
          (subcontractor, parent) -> {
            under.addVertex(subcontractor);
            under.addVertex(parent);
            under.addEdge(parent, subcontractor);
          });
      Set<String> parents = new HashSet<>(vendorKeys);
      if (!vendorKeys.isEmpty()) {
        new BreadthFirstIterator<>(under, vendorKeys).forEachRemaining(parents::add);
      }
      Set<String> parties = new HashSet<>(partyKeys);
      parentOf.keySet().stream()
          .filter(parents::contains)
          .forEach(subcontractor -> parties.add(partyKeyOf.get(subcontractor)));
      return new VendorListKeys(Set.copyOf(vendorKeys), Set.copyOf(parents), Set.copyOf(parties));
    }
  }
}
