package se.vendorscreening.reporting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;
import se.vendorscreening.graph.ExplanationEdges;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphEdge.Node;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.RuleId;

/**
 * The flagged clusters of a run: the explanation edges of every relationship-graph finding (the
 * evidence {@code explanation_edges}) and every subcontractor chain ({@code SUBCONTRACTOR_FLAGGED}:
 * subcontractor → vendor), joined where they share a node, each connected group one cluster
 * (JGraphT's {@code ConnectivityInspector} over the edges). Parties are added one at a time as the
 * results stream past; the clusters come out the same whatever the order, numbered most severe
 * flagged party first, so the PDF's pictures and the workbook's sheet name the same clusters.
 */
final class NetworkClusters {

  /** The start of the walk over a cluster: a key no node has. */
  private static final String WALK_START = "";

  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, Link> links = new LinkedHashMap<>();
  private final Map<String, Flag> flagged = new HashMap<>();
  private final Map<String, Decision> decisions = new HashMap<>();

  /** An edge between two nodes (by key) with what it says. */
  record Link(String from, String to, GraphEdge edge) {}

  /** A party of the run in the cluster: its decision and the rules that put it there. */
  record Flag(String partyName, String orgNo, Decision decision, Set<String> rules) {}

  /**
   * One cluster.
   *
   * @param number its number in the report, from 1
   * @param nodes its nodes by key, flagged parties first
   * @param links its edges
   * @param flagged the run's parties in it whose findings drew it, by node key, most severe first
   */
  record Cluster(
      int number,
      Map<String, Node> nodes,
      List<Link> links,
      Map<String, Flag> flagged,
      Map<String, Decision> decisions) {

    /**
     * The keys of the nodes a picture shows: at most {@code max}, the flagged parties first and
     * then the nodes nearest to them, so that a large cluster keeps what made it fire.
     */
    List<String> shown(int max) {
      // breadth first from the flagged parties at once: from a start vertex (the empty key, which
      // no
      // node has) linked to each of them in order
      Graph<String, Object> walked = new Pseudograph<>(null, Object::new, false);
      walked.addVertex(WALK_START);
      for (String key : flagged.keySet()) {
        walked.addVertex(key);
        walked.addEdge(WALK_START, key);
      }
      for (Link link : links) {
        walked.addVertex(link.from());
        walked.addVertex(link.to());
        walked.addEdge(link.from(), link.to());
      }
      List<String> shown = new ArrayList<>();
      BreadthFirstIterator<String, Object> walk = new BreadthFirstIterator<>(walked, WALK_START);
      while (walk.hasNext() && shown.size() < max) {
        String key = walk.next();
        if (!key.equals(WALK_START)) {
          shown.add(key);
        }
      }
      return List.copyOf(shown);
    }
  }

  /** Adds the party's graph and subcontractor findings. */
  void add(PartyResult party) {
    if (party.decision() != Decision.CLEAR) {
      // any flagged party of the run a cluster reaches is drawn in its decision's colour
      decisions.merge(
          key(new Node(Node.COMPANY, party.name(), party.orgNo(), null, null)),
          party.decision(),
          (a, b) -> PartyReasons.severity(a) <= PartyReasons.severity(b) ? a : b);
    }
    Node partyNode = null;
    for (Finding finding : party.findings()) {
      List<GraphEdge> edges = edgesOf(party, finding);
      if (edges.isEmpty()) {
        continue;
      }
      if (partyNode == null) {
        partyNode = new Node(Node.COMPANY, party.name(), party.orgNo(), null, null);
        String key = key(partyNode);
        nodes.putIfAbsent(key, partyNode);
        flagged.put(key, new Flag(party.name(), party.orgNo(), party.decision(), new TreeSet<>()));
      }
      flagged.get(key(partyNode)).rules().add(finding.ruleId());
      for (GraphEdge edge : edges) {
        String from = node(edge.from());
        String to = node(edge.to());
        links.merge(
            from + "\u0000" + to + "\u0000" + edge.relation(),
            new Link(from, to, edge),
            NetworkClusters::richer);
      }
    }
  }

  /** Whether no party has added anything. */
  boolean isEmpty() {
    return links.isEmpty();
  }

  /** The clusters, numbered most severe flagged party first, then by that party's name. */
  List<Cluster> clusters() {
    Graph<String, Link> joined = new Pseudograph<>(null, null, false);
    for (Link link : links.values()) {
      joined.addVertex(link.from());
      joined.addVertex(link.to());
      joined.addEdge(link.from(), link.to(), link);
    }
    Map<String, Integer> componentOf = new HashMap<>();
    List<Set<String>> components = new ConnectivityInspector<>(joined).connectedSets();
    for (int i = 0; i < components.size(); i++) {
      for (String key : components.get(i)) {
        componentOf.put(key, i);
      }
    }
    Map<Integer, List<Link>> byComponent = new LinkedHashMap<>();
    for (Link link : links.values()) {
      byComponent.computeIfAbsent(componentOf.get(link.from()), k -> new ArrayList<>()).add(link);
    }
    Collection<List<Link>> groups = byComponent.values();
    List<Cluster> unnumbered = new ArrayList<>();
    for (List<Link> group : groups) {
      group.sort(Comparator.comparing(Link::from).thenComparing(Link::to));
      Set<String> keys = new TreeSet<>();
      for (Link link : group) {
        keys.add(link.from());
        keys.add(link.to());
      }
      List<Map.Entry<String, Flag>> flags = new ArrayList<>();
      for (String key : keys) {
        if (flagged.containsKey(key)) {
          flags.add(Map.entry(key, flagged.get(key)));
        }
      }
      flags.sort(
          Comparator.comparingInt(
                  (Map.Entry<String, Flag> e) -> PartyReasons.severity(e.getValue().decision()))
              .thenComparing(e -> e.getValue().partyName().toLowerCase(Locale.ROOT))
              .thenComparing(Map.Entry::getKey));
      Map<String, Flag> orderedFlags = new LinkedHashMap<>();
      flags.forEach(e -> orderedFlags.put(e.getKey(), e.getValue()));
      Map<String, Node> clusterNodes = new LinkedHashMap<>();
      orderedFlags.keySet().forEach(key -> clusterNodes.put(key, nodes.get(key)));
      keys.forEach(key -> clusterNodes.putIfAbsent(key, nodes.get(key)));
      Map<String, Decision> clusterDecisions = new HashMap<>();
      for (String key : keys) {
        if (decisions.containsKey(key)) {
          clusterDecisions.put(key, decisions.get(key));
        }
      }
      unnumbered.add(
          new Cluster(0, clusterNodes, List.copyOf(group), orderedFlags, clusterDecisions));
    }
    unnumbered.sort(
        Comparator.comparingInt(NetworkClusters::severity)
            .thenComparing(NetworkClusters::firstName)
            .thenComparing(c -> c.nodes().keySet().iterator().next()));
    List<Cluster> clusters = new ArrayList<>();
    for (Cluster cluster : unnumbered) {
      clusters.add(
          new Cluster(
              clusters.size() + 1,
              cluster.nodes(),
              cluster.links(),
              cluster.flagged(),
              cluster.decisions()));
    }
    return clusters;
  }

  /**
   * What identifies a node across findings: a company by the digits of its organisation number, a
   * person by masked number and name, an owner by name and number.
   */
  static String key(Node node) {
    String number = node.number() == null ? "" : PersonalNumbers.mask(node.number());
    String name = node.name() == null ? "" : node.name().strip().toLowerCase(Locale.ROOT);
    if (Node.COMPANY.equals(node.kind())) {
      String digits = number.replaceAll("\\D", "");
      return digits.length() >= 10 ? "C:" + digits : "C:" + number + "|" + name;
    }
    return (Node.PERSON.equals(node.kind()) ? "P:" : "O:") + number + "|" + name;
  }

  /** The edges a finding explains: a graph signal's, or the subcontractor's link to the vendor. */
  private static List<GraphEdge> edgesOf(PartyResult party, Finding finding) {
    Map<String, String> evidence = finding.evidence();
    if (evidence.containsKey(ExplanationEdges.EVIDENCE_KEY)) {
      return ExplanationEdges.read(evidence.get(ExplanationEdges.EVIDENCE_KEY));
    }
    if (finding.is(RuleId.SUBCONTRACTOR_FLAGGED) && evidence.get("subcontractor_org_no") != null) {
      return List.of(
          new GraphEdge(
              new Node(
                  Node.COMPANY,
                  evidence.get("subcontractor_name"),
                  evidence.get("subcontractor_org_no"),
                  null,
                  null),
              GraphEdge.SUBCONTRACTS_FOR,
              null,
              null,
              null,
              null,
              new Node(Node.COMPANY, party.name(), party.orgNo(), null, null)));
    }
    return List.of();
  }

  /** The node's key, the node kept with the most that is known of it (a name, a note). */
  private String node(Node node) {
    String key = key(node);
    nodes.merge(key, node, NetworkClusters::richer);
    return key;
  }

  private static Node richer(Node kept, Node other) {
    return new Node(
        kept.kind(),
        kept.name() != null ? kept.name() : other.name(),
        kept.number() != null ? kept.number() : other.number(),
        kept.country() != null ? kept.country() : other.country(),
        kept.note() != null ? kept.note() : other.note());
  }

  private static Link richer(Link kept, Link other) {
    GraphEdge a = kept.edge();
    GraphEdge b = other.edge();
    return new Link(
        kept.from(),
        kept.to(),
        new GraphEdge(
            a.from(),
            a.relation(),
            a.roles() != null ? a.roles() : b.roles(),
            a.share() != null ? a.share() : b.share(),
            a.since() != null ? a.since() : b.since(),
            a.until() != null ? a.until() : b.until(),
            a.to()));
  }

  private static int severity(Cluster cluster) {
    return cluster.flagged().isEmpty()
        ? Integer.MAX_VALUE
        : PartyReasons.severity(cluster.flagged().values().iterator().next().decision());
  }

  private static String firstName(Cluster cluster) {
    return cluster.flagged().isEmpty()
        ? ""
        : cluster.flagged().values().iterator().next().partyName().toLowerCase(Locale.ROOT);
  }
}
