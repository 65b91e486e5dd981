package se.vendorscreening.intake.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

    /** The keys of the rows added, once all are. */
    VendorListKeys keys() {
      Set<String> parents = new HashSet<>(vendorKeys);
      Set<String> dangling = new HashSet<>();
      Set<String> parties = new HashSet<>(partyKeys);
      for (String subcontractor : parentOf.keySet()) {
        anchor(subcontractor, parents, dangling);
      }
      parentOf.keySet().stream()
          .filter(parents::contains)
          .forEach(subcontractor -> parties.add(partyKeyOf.get(subcontractor)));
      return new VendorListKeys(Set.copyOf(vendorKeys), Set.copyOf(parents), Set.copyOf(parties));
    }

    /**
     * Follows the subcontractor's parents until a vendor (or a subcontractor already known to reach
     * one), a party not in the list, or a party seen before on the way (a circle); every
     * subcontractor on the way is put in {@code anchored} or {@code dangling} accordingly.
     */
    private void anchor(String subcontractor, Set<String> anchored, Set<String> dangling) {
      java.util.List<String> chain = new java.util.ArrayList<>();
      Set<String> seen = new HashSet<>();
      String at = subcontractor;
      boolean reaches;
      while (true) {
        if (anchored.contains(at)) {
          reaches = true;
          break;
        }
        if (dangling.contains(at) || !parentOf.containsKey(at) || !seen.add(at)) {
          reaches = false;
          break;
        }
        chain.add(at);
        at = parentOf.get(at);
      }
      (reaches ? anchored : dangling).addAll(chain);
    }
  }
}
