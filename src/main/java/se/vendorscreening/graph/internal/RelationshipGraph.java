package se.vendorscreening.graph.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.OwnershipStake;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;
import se.vendorscreening.shared.ProcurementType;

/**
 * The relationship graph of the register, held for speed as int-indexed arrays: parties ({@code
 * org:KEY}), persons ({@code person:...}) and other owners ({@code owner:...}) are numbered
 * vertices; a party's tenders are {@link Membership}s (procurement, role, the vendor a
 * subcontractor works under); the circle of a party (its representatives by role, with their dates,
 * and its owners) is a list of packed (person, party, role) entries that {@link #freeze()} sorts
 * into compressed adjacency both ways. Only the ownership edges, where chains and cycles must be
 * followed, go into a JGraphT graph ({@link #ownership()}); counting and grouping is done on the
 * arrays (docs/ownership.md, "How the graph is held").
 */
final class RelationshipGraph {

  /** The role bit of an owner in {@link #roles(int, int)}; the representative roles come first. */
  static final int OWNER_BIT = RepresentativeRole.values().length;

  /** The longest subject role a finding keeps (the column's width). */
  static final int MAX_SUBJECT_ROLE = 40;

  private static final int ROLE_BITS = 5;
  private static final long PARTY_MASK = (1L << 27) - 1;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> keys = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final List<String> countries = new ArrayList<>();
  private final Map<Integer, String[]> ownerNames = new HashMap<>();
  private final Map<String, Membership> memberships = new LinkedHashMap<>();
  private final Map<Long, Double> ownedShares = new HashMap<>();
  private final Map<Long, LocalDate[]> roleDates = new HashMap<>();
  private final Graph<String, Relation> ownership = new DirectedPseudograph<>(null, null, false);
  private final Set<String> ownershipEdges = new java.util.HashSet<>();
  private long[] circle = new long[1024];
  private int circleSize;

  // built by freeze()
  private boolean frozen;
  private int[] byPersonStart;
  private int[] byPersonParty;
  private int[] byPersonRoles;
  private int[] byPartyStart;
  private int[] byPartyPerson;
  private int[] byPartyRoles;
  private int[] pairPerson;
  private int[] byPartyPair;
  private boolean[] inRegister;
  private Graph<String, DefaultEdge> worksUnder;

  /**
   * A party's tender in one procurement.
   *
   * @param procurementId the procurement
   * @param procurementType its regime
   * @param party the party's vertex
   * @param role vendor or subcontractor
   * @param parent the vertex of the vendor (or subcontractor) it works under, or -1
   * @param imported whether the import being screened brought it (its signals are wanted)
   * @param contracts its contracts in the procurement
   * @param contractValueSek the contract's whole value as the vendor list gives it, or null
   * @param sharePercent a subcontractor's share of the contract value, or null
   */
  record Membership(
      String procurementId,
      ProcurementType procurementType,
      int party,
      PartyRole role,
      int parent,
      boolean imported,
      List<Contract> contracts,
      java.math.BigDecimal contractValueSek,
      java.math.BigDecimal sharePercent) {}

  static String partyVertex(String partyKey) {
    return "org:" + partyKey;
  }

  /** Adds a party of the import being screened, with its representatives and contracts. */
  void addParty(RegisteredParty party) {
    addParty(party, true);
  }

  /**
   * Adds a party with its representatives and contracts; {@code imported} when it belongs to the
   * import being screened. A party already added for the same procurement is kept once (imported
   * wins).
   */
  void addParty(RegisteredParty party, boolean imported) {
    addMembership(party, imported);
    for (RegisteredRepresentative representative : party.representatives()) {
      addRepresentative(party.key(), representative);
    }
  }

  /** Adds the party's tender in its procurement, without its representatives. */
  void addMembership(RegisteredParty party, boolean imported) {
    int org =
        vertex(
            partyVertex(party.key()),
            party.name() + " (" + party.displayedOrgNo() + ")",
            party.country());
    int parent =
        party.parentKey() == null ? -1 : vertex(partyVertex(party.parentKey()), null, null);
    String key = party.procurementId() + "\u0000" + party.key();
    Membership existing = memberships.get(key);
    if (existing == null || (imported && !existing.imported())) {
      memberships.put(
          key,
          new Membership(
              party.procurementId(),
              party.procurementType(),
              org,
              party.role(),
              parent,
              imported,
              party.contracts(),
              party.contractValueSek(),
              party.subcontractSharePercent()));
      frozen = false;
    }
  }

  /** Adds a representative of the company with the given key (any procurement it tenders in). */
  void addRepresentative(String partyKey, RegisteredRepresentative representative) {
    int org = vertex(partyVertex(partyKey), null, null);
    String shown =
        representative.personId() != null
            ? representative.name() + " (" + representative.personId().masked() + ")"
            : representative.name();
    int person = vertex(personVertex(representative), shown, null);
    int role = representative.role().ordinal();
    addCircle(person, org, role);
    if (representative.from() != null || representative.to() != null) {
      roleDates.merge(
          pairKey(person, org, role),
          new LocalDate[] {representative.from(), representative.to()},
          RelationshipGraph::widen);
    }
  }

  /**
   * Adds the owners' stakes; when an owner has several rows for the same organisation, the latest
   * dated one counts.
   */
  /**
   * Adds the stakes that count on the day: a row dated after it is not yet ownership then (an
   * undated row always counts), and of the rows that count the latest of each owner and owned party
   * is kept ({@link #addStakes}).
   */
  void addStakesOn(List<OwnershipStake> stakes, java.time.LocalDate asOf) {
    addStakes(
        stakes.stream()
            .filter(stake -> stake.date() == null || !stake.date().isAfter(asOf))
            .toList());
  }

  void addStakes(List<OwnershipStake> stakes) {
    Map<List<String>, OwnershipStake> latest = new LinkedHashMap<>();
    for (OwnershipStake stake : stakes) {
      latest.merge(
          List.of(ownerVertex(stake), stake.ownedKey()),
          stake,
          (a, b) -> dateOf(b).isBefore(dateOf(a)) ? a : b);
    }
    latest.forEach(
        (key, stake) -> {
          String owner = key.get(0);
          String owned = partyVertex(stake.ownedKey());
          String ownerLabel = ownerLabel(stake);
          int ownerId = vertex(owner, ownerLabel, stake.ownerCountry());
          ownerNames.putIfAbsent(
              ownerId, new String[] {stake.ownerName(), ownerNumber(stake), ownerLabel});
          int ownedId = vertex(owned, null, null);
          ownership.addVertex(owner);
          ownership.addVertex(owned);
          if (ownershipEdges.add(owner + "\u0000" + owned)) {
            ownership.addEdge(
                owner, owned, new Relation(Relation.Kind.OWNS, null, stake.fraction()));
          }
          if (!owner.equals(owned)) {
            addCircle(ownerId, ownedId, OWNER_BIT);
            ownedShares.merge(((long) ownerId << 32) | ownedId, stake.fraction(), Double::sum);
          }
        });
  }

  /** The ownership edges only, as a JGraphT graph over vertex keys (chains, cycles). */
  Graph<String, Relation> ownership() {
    return ownership;
  }

  /** The party's tender in the procurement, or null. */
  Membership membership(String procurementId, int party) {
    return memberships.get(membershipKey(procurementId, party));
  }

  /**
   * The tenderer a party works under in its procurement: the party itself when it is a vendor, else
   * the vendor its chain of parents reaches; null when the chain reaches none or runs in a circle.
   * {@code chain} receives every tender from the party up to the tenderer. The chain is walked
   * breadth first over the graph of who works under whom ({@link #freeze()}), which visits each
   * tender once, so a circle ends.
   */
  Membership tendererOf(Membership party, List<Membership> chain) {
    freeze();
    String start = membershipKey(party.procurementId(), party.party());
    if (party.role() == PartyRole.VENDOR || !worksUnder.containsVertex(start)) {
      chain.add(party);
      return party.role() == PartyRole.VENDOR ? party : null;
    }
    BreadthFirstIterator<String, DefaultEdge> up = new BreadthFirstIterator<>(worksUnder, start);
    while (up.hasNext()) {
      Membership at = memberships.get(up.next());
      chain.add(at);
      if (at.role() == PartyRole.VENDOR) {
        return at;
      }
    }
    return null;
  }

  private String membershipKey(String procurementId, int party) {
    String key = key(party);
    return procurementId + "\u0000" + key.substring(key.indexOf(':') + 1);
  }

  /** Every party's tenders, in the order they were added. */
  List<Membership> memberships() {
    return List.copyOf(memberships.values());
  }

  /** The number of vertices (parties, persons, owners). */
  int vertexCount() {
    return keys.size();
  }

  /** The number of distinct (person or owner, party) circle links. */
  int circleLinkCount() {
    freeze();
    return byPersonParty.length;
  }

  /** The vertex of a key, or -1. */
  int id(String key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  String key(int vertex) {
    return keys.get(vertex);
  }

  /**
   * The circle links (person or owner – party) as an undirected JGraphT graph over the vertex
   * numbers ({@link CircleGraph}); with a source vertex linked to {@code sources} in that order
   * when they are given (null: none).
   */
  CircleGraph circleGraph(int[] sources) {
    freeze();
    return new CircleGraph(
        keys.size(), byPersonStart, byPersonParty, pairPerson, byPartyStart, byPartyPair, sources);
  }

  /** The distinct parties the person (or owner) is in the circle of. */
  int[] partiesOf(int person) {
    freeze();
    if (person < 0 || person >= byPersonStart.length - 1) {
      return new int[0];
    }
    return Arrays.copyOfRange(byPersonParty, byPersonStart[person], byPersonStart[person + 1]);
  }

  /** How many distinct parties the person is in the circle of. */
  int partyCountOf(int person) {
    freeze();
    return byPersonStart[person + 1] - byPersonStart[person];
  }

  /** How many distinct parties of the register (with a tender) the person is in the circle of. */
  int registerPartyCountOf(int person) {
    freeze();
    int count = 0;
    for (int i = byPersonStart[person]; i < byPersonStart[person + 1]; i++) {
      if (inRegister[byPersonParty[i]]) {
        count++;
      }
    }
    return count;
  }

  /** Whether the vertex is a party with a tender in the register. */
  boolean inRegister(int vertex) {
    freeze();
    return vertex >= 0 && vertex < inRegister.length && inRegister[vertex];
  }

  /** The distinct persons and owners in the party's circle. */
  int[] circleOf(int party) {
    freeze();
    if (party < 0 || party >= byPartyStart.length - 1) {
      return new int[0];
    }
    return Arrays.copyOfRange(byPartyPerson, byPartyStart[party], byPartyStart[party + 1]);
  }

  /** The role bits the person holds in the party (bit {@link #OWNER_BIT} for an owner), or 0. */
  int roleBits(int person, int party) {
    freeze();
    int from = byPersonStart[person];
    int to = byPersonStart[person + 1];
    int at = Arrays.binarySearch(byPersonParty, from, to, party);
    return at < 0 ? 0 : byPersonRoles[at];
  }

  /**
   * The person's roles in the party in words, e.g. {@code BOARD}, {@code CEO+OWNER 40 %}, with the
   * dates a role was held when known: {@code BOARD 2019-03-01–2024-02-01}.
   */
  String roles(int person, int party) {
    return roles(person, party, true);
  }

  private String roles(int person, int party, boolean withDates) {
    int bits = roleBits(person, party);
    Set<String> roles = new TreeSet<>();
    RepresentativeRole[] all = RepresentativeRole.values();
    for (int bit = 0; bit < all.length; bit++) {
      if ((bits & (1 << bit)) != 0) {
        LocalDate[] dates = withDates ? roleDates.get(pairKey(person, party, bit)) : null;
        roles.add(all[bit].name() + (dates == null ? "" : " " + period(dates)));
      }
    }
    if ((bits & (1 << OWNER_BIT)) != 0) {
      Double share = ownedShares.get(((long) person << 32) | party);
      roles.add("OWNER " + Percentages.format(share == null ? 0 : share));
    }
    return String.join("+", roles);
  }

  /**
   * The person's roles in the party as a finding's subject role: the role names and an owner's
   * share, e.g. {@code CEO+OWNER 40 %}, without the dates (the explanation path has them), cut to
   * {@link #MAX_SUBJECT_ROLE} characters; a person moved through several dated roles would
   * otherwise not fit.
   */
  String subjectRole(int person, int party) {
    String roles = roles(person, party, false);
    return roles.length() <= MAX_SUBJECT_ROLE
        ? roles
        : roles.substring(0, MAX_SUBJECT_ROLE - 1) + "\u2026";
  }

  /**
   * A role of a person in a company that began or ended on a date.
   *
   * @param role the role's ordinal in {@link RepresentativeRole}
   * @param began true when the role began on the date, false when it ended
   */
  record RoleChange(int person, int party, int role, LocalDate date, boolean began) {}

  /** Every dated beginning and end of a role in the register, by person (vertex). */
  Map<Integer, List<RoleChange>> roleChangesByPerson() {
    Map<Integer, List<RoleChange>> changes = new HashMap<>();
    roleDates.forEach(
        (key, dates) -> {
          int role = (int) (key & ((1L << ROLE_BITS) - 1));
          long pair = key >>> ROLE_BITS;
          int party = (int) (pair & ((1L << 27) - 1));
          int person = (int) (pair >>> 27);
          List<RoleChange> own = changes.computeIfAbsent(person, k -> new ArrayList<>());
          if (dates[0] != null) {
            own.add(new RoleChange(person, party, role, dates[0], true));
          }
          if (dates[1] != null) {
            own.add(new RoleChange(person, party, role, dates[1], false));
          }
        });
    return changes;
  }

  /**
   * The dates the person held any role in the party: {from, to}, each null when open or not known;
   * null when no role of the pair carries dates.
   */
  LocalDate[] roleDates(int person, int party) {
    int bits = roleBits(person, party);
    LocalDate[] widest = null;
    for (int bit = 0; bit < OWNER_BIT; bit++) {
      if ((bits & (1 << bit)) == 0) {
        continue;
      }
      LocalDate[] dates = roleDates.get(pairKey(person, party, bit));
      if (dates == null) {
        return null;
      }
      widest = widest == null ? dates.clone() : widen(widest, dates);
    }
    return widest;
  }

  /** The vertex in words; a party known only from the ownership file by its number. */
  String label(int vertex) {
    String label = labels.get(vertex);
    if (label != null) {
      return label;
    }
    String vertexKey = keys.get(vertex);
    String key = vertexKey.substring(vertexKey.indexOf(':') + 1);
    try {
      return IdentityNumber.parse(key).masked();
    } catch (InvalidIdentityNumberException e) {
      return key;
    }
  }

  /** The vertex in words, by key. */
  String label(String vertex) {
    int id = id(vertex);
    return id < 0 ? vertex : label(id);
  }

  /** The vertex's country (upper case), or null when not known. */
  String country(String vertex) {
    int id = id(vertex);
    return id < 0 ? null : countries.get(id);
  }

  boolean isPerson(int vertex) {
    return keys.get(vertex).startsWith("person:");
  }

  static boolean isPerson(String vertex) {
    return vertex.startsWith("person:");
  }

  static boolean isParty(String vertex) {
    return vertex.startsWith("org:");
  }

  /** Sorts the circle entries into adjacency both ways; called before the first query. */
  void freeze() {
    if (frozen) {
      return;
    }
    int vertices = keys.size();
    long[] sorted = Arrays.copyOf(circle, circleSize);
    Arrays.sort(sorted);
    // distinct (person, party) pairs with their role bits, in person then party order
    int pairs = 0;
    int[] pairPerson = new int[sorted.length];
    int[] pairParty = new int[sorted.length];
    int[] pairRoles = new int[sorted.length];
    long previous = -1;
    for (long entry : sorted) {
      long pair = entry >>> ROLE_BITS;
      int role = (int) (entry & ((1 << ROLE_BITS) - 1));
      if (pair != previous) {
        pairPerson[pairs] = (int) (pair >>> 27);
        pairParty[pairs] = (int) (pair & PARTY_MASK);
        pairs++;
        previous = pair;
      }
      pairRoles[pairs - 1] |= 1 << role;
    }
    byPersonStart = new int[vertices + 1];
    byPersonParty = Arrays.copyOf(pairParty, pairs);
    byPersonRoles = Arrays.copyOf(pairRoles, pairs);
    byPartyStart = new int[vertices + 1];
    for (int i = 0; i < pairs; i++) {
      byPersonStart[pairPerson[i] + 1]++;
      byPartyStart[pairParty[i] + 1]++;
    }
    for (int v = 0; v < vertices; v++) {
      byPersonStart[v + 1] += byPersonStart[v];
      byPartyStart[v + 1] += byPartyStart[v];
    }
    byPartyPerson = new int[pairs];
    byPartyRoles = new int[pairs];
    byPartyPair = new int[pairs];
    int[] next = Arrays.copyOf(byPartyStart, vertices);
    for (int i = 0; i < pairs; i++) {
      int at = next[pairParty[i]]++;
      byPartyPerson[at] = pairPerson[i];
      byPartyRoles[at] = pairRoles[i];
      byPartyPair[at] = i;
    }
    this.pairPerson = Arrays.copyOf(pairPerson, pairs);
    inRegister = new boolean[vertices];
    // who works under whom: an edge from each subcontractor's tender to the tender of the party
    // above it in the same procurement
    worksUnder = new DefaultDirectedGraph<>(DefaultEdge.class);
    memberships.forEach(
        (key, membership) -> {
          inRegister[membership.party()] = true;
          if (membership.parent() >= 0) {
            String above = membershipKey(membership.procurementId(), membership.parent());
            if (memberships.containsKey(above) && !above.equals(key)) {
              worksUnder.addVertex(key);
              worksUnder.addVertex(above);
              worksUnder.addEdge(key, above);
            }
          }
        });
    frozen = true;
  }

  private void addCircle(int person, int party, int role) {
    if (circleSize == circle.length) {
      circle = Arrays.copyOf(circle, circle.length * 2);
    }
    circle[circleSize++] = pairKey(person, party, role);
    frozen = false;
  }

  private static long pairKey(int person, int party, int role) {
    return ((((long) person << 27) | party) << ROLE_BITS) | role;
  }

  private int vertex(String key, String label, String country) {
    Integer id = ids.get(key);
    if (id == null) {
      id = keys.size();
      if (id > PARTY_MASK) {
        throw new IllegalStateException("more than 2^27 vertices");
      }
      ids.put(key, id);
      keys.add(key);
      labels.add(label);
      countries.add(country == null ? null : country.toUpperCase(Locale.ROOT));
      frozen = false;
    } else {
      if (label != null && labels.get(id) == null) {
        labels.set(id, label);
      }
      if (country != null && countries.get(id) == null) {
        countries.set(id, country.toUpperCase(Locale.ROOT));
      }
    }
    return id;
  }

  /**
   * The vertex as a node of an explanation: its kind, name, number (persons' masked) and country; a
   * party known only from the ownership file by its number.
   */
  GraphEdge.Node node(int vertex) {
    String key = keys.get(vertex);
    String country = countries.get(vertex);
    String[] owner = ownerNames.get(vertex);
    String label = labels.get(vertex);
    if (owner != null && (label == null || label.equals(owner[2]))) {
      // known from the ownership file first: its name and number as the file gives them
      String kind =
          key.startsWith("person:")
              ? GraphEdge.Node.PERSON
              : key.startsWith("org:") ? GraphEdge.Node.COMPANY : GraphEdge.Node.OWNER;
      return new GraphEdge.Node(kind, owner[0], owner[1], country, null);
    }
    String kind = key.startsWith("person:") ? GraphEdge.Node.PERSON : GraphEdge.Node.COMPANY;
    if (label == null) {
      return new GraphEdge.Node(kind, null, label(vertex), country, null);
    }
    // a party's and a person's label are "name (number)", or a person without a number's "name"
    int open = label.lastIndexOf(" (");
    if (label.endsWith(")")
        && open > 0
        && (kind.equals(GraphEdge.Node.COMPANY) || hasNumber(key))) {
      return new GraphEdge.Node(
          kind,
          label.substring(0, open),
          label.substring(open + 2, label.length() - 1),
          country,
          null);
    }
    return new GraphEdge.Node(kind, label, null, country, null);
  }

  private static boolean hasNumber(String personKey) {
    return personKey.indexOf('|') < 0;
  }

  /** The share the owner holds directly in the party, 0–1, or null when it holds none. */
  Double ownedShare(int owner, int party) {
    return ownedShares.get(((long) owner << 32) | party);
  }

  private static LocalDate[] widen(LocalDate[] a, LocalDate[] b) {
    LocalDate from = a[0] == null || b[0] == null ? null : a[0].isBefore(b[0]) ? a[0] : b[0];
    LocalDate to = a[1] == null || b[1] == null ? null : a[1].isAfter(b[1]) ? a[1] : b[1];
    return new LocalDate[] {from, to};
  }

  private static String period(LocalDate[] dates) {
    return (dates[0] == null ? "" : dates[0].toString())
        + ".."
        + (dates[1] == null ? "" : dates[1].toString());
  }

  private static String personVertex(RegisteredRepresentative representative) {
    if (representative.personId() != null) {
      return "person:" + representative.personId().canonical();
    }
    return "person:"
        + representative.name().strip().toLowerCase(Locale.ROOT)
        + "|"
        + representative.birth();
  }

  /** An owner with a Swedish number is the same vertex as that person or party. */
  private static String ownerVertex(OwnershipStake stake) {
    if (stake.ownerId() != null) {
      try {
        IdentityNumber number = IdentityNumber.parse(stake.ownerId());
        return number.isPersonal() && number.canonical().length() == 12
            ? "person:" + number.canonical()
            : partyVertex(number.canonical());
      } catch (InvalidIdentityNumberException e) {
        return "owner:" + stake.ownerId().strip().toUpperCase(Locale.ROOT);
      }
    }
    return "owner:" + stake.ownerName().strip().toLowerCase(Locale.ROOT);
  }

  private static String ownerNumber(OwnershipStake stake) {
    String id = stake.ownerId();
    if (id != null) {
      try {
        return IdentityNumber.parse(id).masked();
      } catch (InvalidIdentityNumberException e) {
        return id.strip();
      }
    }
    return null;
  }

  private static String ownerLabel(OwnershipStake stake) {
    String id = stake.ownerId();
    if (id != null) {
      try {
        id = IdentityNumber.parse(id).masked();
      } catch (InvalidIdentityNumberException e) {
        // a foreign or other registry id: shown as given
      }
    }
    String name = stake.ownerName() != null ? stake.ownerName() : id;
    String shown = stake.ownerName() != null && id != null ? name + " (" + id + ")" : name;
    return shown + ", " + stake.ownerCountry();
  }

  private static LocalDate dateOf(OwnershipStake stake) {
    return stake.date() == null ? LocalDate.MIN : stake.date();
  }
}
