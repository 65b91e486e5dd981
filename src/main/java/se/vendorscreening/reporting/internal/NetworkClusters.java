package se.vendorscreening.reporting.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.vendorscreening.graph.ExplanationEdges;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphEdge.Node;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;

/**
 * The flagged clusters of a run: the explanation edges of every relationship-graph finding (the
 * evidence {@code explanation_edges}) and every subcontractor chain ({@code SUBCONTRACTOR_FLAGGED}:
 * subcontractor → vendor), joined where they share a node, each connected group one cluster.
 * Parties are added one at a time as the results stream past; the clusters come out the same
 * whatever the order, numbered most severe flagged party first, so the PDF's pictures and the
 * workbook's sheet name the same clusters.
 */
final class NetworkClusters {

  static final String SUBCONTRACTOR_FLAGGED = "SUBCONTRACTOR_FLAGGED";

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
      Map<String, List<String>> neighbours = new HashMap<>();
      for (Link link : links) {
        neighbours.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
        neighbours.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
      }
      Set<String> shown = new LinkedHashSet<>();
      Deque<String> queue = new ArrayDeque<>();
      for (String key : flagged.keySet()) {
        if (shown.size() < max && shown.add(key)) {
          queue.add(key);
        }
      }
      while (!queue.isEmpty() && shown.size() < max) {
        for (String next : neighbours.getOrDefault(queue.poll(), List.of())) {
          if (shown.size() < max && shown.add(next)) {
            queue.add(next);
          }
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
    Map<String, String> parent = new HashMap<>();
    for (Link link : links.values()) {
      union(parent, link.from(), link.to());
    }
    Map<String, List<Link>> byRoot = new TreeMap<>();
    for (Link link : links.values()) {
      byRoot.computeIfAbsent(find(parent, link.from()), k -> new ArrayList<>()).add(link);
    }
    List<Cluster> unnumbered = new ArrayList<>();
    for (List<Link> group : byRoot.values()) {
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
    if (SUBCONTRACTOR_FLAGGED.equals(finding.ruleId())
        && evidence.get("subcontractor_org_no") != null) {
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

  private static void union(Map<String, String> parent, String a, String b) {
    String rootA = find(parent, a);
    String rootB = find(parent, b);
    if (!rootA.equals(rootB)) {
      // the smaller key is the root, so the grouping does not depend on the order of the links
      if (rootA.compareTo(rootB) < 0) {
        parent.put(rootB, rootA);
      } else {
        parent.put(rootA, rootB);
      }
    }
  }

  private static String find(Map<String, String> parent, String key) {
    String root = key;
    while (parent.containsKey(root)) {
      root = parent.get(root);
    }
    String at = key;
    while (!at.equals(root)) {
      String next = parent.get(at);
      parent.put(at, root);
      at = next;
    }
    return root;
  }
}
