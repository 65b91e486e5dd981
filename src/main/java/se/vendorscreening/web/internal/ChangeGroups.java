package se.vendorscreening.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.scheduling.ContractContacts;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;

/**
 * A re-check's changes grouped as the contract manager reads them: per contract, or per responsible
 * contact of {@code config/contacts.yml} (the same contacts the nightly e-mails go to). Within a
 * group, and among the groups, what got worse comes first: ESCALATED, EVIDENCE_CHANGED,
 * EVIDENCE_EXPIRED, NEW, DE_ESCALATED, RESOLVED, UNCHANGED.
 */
final class ChangeGroups {

  /** The order the manager reads them in: what got worse first, unchanged last. */
  static final List<ChangeClass> ORDER =
      List.of(
          ChangeClass.ESCALATED,
          ChangeClass.EVIDENCE_CHANGED,
          ChangeClass.EVIDENCE_EXPIRED,
          ChangeClass.NEW,
          ChangeClass.DE_ESCALATED,
          ChangeClass.RESOLVED,
          ChangeClass.UNCHANGED);

  private ChangeGroups() {}

  /**
   * One group.
   *
   * @param key the contract id (with its procurement) or the contact's address
   * @param procurementId the procurement of a contract group, or null
   * @param withoutContract whether it gathers parties that have no contract in the procurement
   * @param changes its changes, the worst first
   */
  record Group(
      String key, String procurementId, boolean withoutContract, List<PartyChange> changes) {

    /** The worst change in the group. */
    public ChangeClass worst() {
      return changes.get(0).change();
    }

    public long escalated() {
      return changes.stream().filter(change -> change.change() == ChangeClass.ESCALATED).count();
    }
  }

  static List<PartyChange> sorted(List<PartyChange> changes) {
    return changes.stream().sorted(Comparator.comparingInt(ChangeGroups::rank)).toList();
  }

  /** Per contract; a party without a contract in its procurement under that procurement. */
  static List<Group> byContract(List<PartyChange> changes) {
    Map<List<String>, Set<PartyChange>> groups = new LinkedHashMap<>();
    for (PartyChange change : sorted(changes)) {
      String procurement = change.result().procurementId();
      List<Contract> contracts = change.result().contracts();
      if (contracts.isEmpty()) {
        groups.computeIfAbsent(key(null, procurement), k -> new LinkedHashSet<>()).add(change);
      }
      for (Contract contract : contracts) {
        groups
            .computeIfAbsent(key(contract.contractId(), procurement), k -> new LinkedHashSet<>())
            .add(change);
      }
    }
    List<Group> result = new ArrayList<>();
    groups.forEach(
        (key, members) ->
            result.add(
                new Group(
                    key.get(0) == null ? key.get(1) : key.get(0),
                    key.get(1),
                    key.get(0) == null,
                    List.copyOf(members))));
    return ordered(result);
  }

  /** Per responsible contact: every contact of each of the party's contracts. */
  static List<Group> byContact(List<PartyChange> changes, ContractContacts.Directory contacts) {
    Map<String, Set<PartyChange>> groups = new LinkedHashMap<>();
    for (PartyChange change : sorted(changes)) {
      String procurement = change.result().procurementId();
      List<String> contractIds =
          change.result().contracts().stream().map(Contract::contractId).toList();
      for (String contractId :
          contractIds.isEmpty() ? java.util.Collections.<String>singletonList(null) : contractIds) {
        for (String contact : contacts.contactsFor(procurement, contractId)) {
          groups.computeIfAbsent(contact, k -> new LinkedHashSet<>()).add(change);
        }
      }
    }
    List<Group> result = new ArrayList<>();
    groups.forEach(
        (contact, members) -> result.add(new Group(contact, null, false, List.copyOf(members))));
    return ordered(result);
  }

  private static List<String> key(String contractId, String procurementId) {
    List<String> key = new ArrayList<>(2);
    key.add(contractId);
    key.add(procurementId);
    return key;
  }

  private static List<Group> ordered(List<Group> groups) {
    return groups.stream()
        .sorted(
            Comparator.comparingInt((Group group) -> ORDER.indexOf(group.worst()))
                .thenComparing(Comparator.comparingLong(Group::escalated).reversed())
                .thenComparing(Group::key))
        .toList();
  }

  private static int rank(PartyChange change) {
    return ORDER.indexOf(change.change());
  }
}
