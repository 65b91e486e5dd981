package se.vendorscreening.graph.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.internal.RelationshipGraph.Membership;
import se.vendorscreening.shared.RuleId;

/**
 * FRONT_PERSON: a person in the circle (representative or owner) of more distinct parties of the
 * register than the configured number, or whose roles began or ended more often than the configured
 * number within a configured period, signs of a front person (målvakt). The count per person is
 * read off the graph's adjacency once; one signal per imported party and such person, listing the
 * parties.
 */
final class FrontPersons {

  /** Parties listed in the explanation; the count covers them all (bounds a report's row). */
  static final int MAX_PATHS = 10;

  private FrontPersons() {}

  static List<GraphSignal> signals(RelationshipGraph graph, GraphProperties settings) {
    int[] counts = new int[graph.vertexCount()];
    long persons = 0;
    long seats = 0;
    for (int vertex = 0; vertex < counts.length; vertex++) {
      counts[vertex] = graph.isPerson(vertex) ? graph.registerPartyCountOf(vertex) : 0;
      if (counts[vertex] > 0) {
        persons++;
        seats += counts[vertex];
      }
    }
    int limit = limit(settings, persons == 0 ? 0 : (double) seats / persons);
    List<GraphSignal> signals = new ArrayList<>();
    for (Membership membership : graph.memberships()) {
      if (!membership.imported()) {
        continue;
      }
      int party = membership.party();
      for (int person : graph.circleOf(party)) {
        if (counts[person] > limit) {
          signals.add(signal(graph, membership, person, counts[person], limit));
        }
      }
    }
    signals.addAll(roleChangeSignals(graph, settings, counts, limit));
    return signals;
  }

  /**
   * The role-change sign: a person whose roles in the register's companies began or ended more
   * often than {@code front-person-role-changes} within {@code front-person-role-change-months} (a
   * board reshuffled again and again, a person moved from company to company). Each imported party
   * in whose circle that person is, and that the count of parties did not flag for the same person
   * already, gets a signal listing the changes of the busiest such period.
   */
  private static List<GraphSignal> roleChangeSignals(
      RelationshipGraph graph, GraphProperties settings, int[] counts, int partyLimit) {
    Map<Integer, List<RelationshipGraph.RoleChange>> busy = new java.util.HashMap<>();
    graph
        .roleChangesByPerson()
        .forEach(
            (person, changes) -> {
              List<RelationshipGraph.RoleChange> window =
                  busiestWindow(changes, settings.frontPersonRoleChangeMonths());
              if (window.size() > settings.frontPersonRoleChanges()
                  && counts[person] <= partyLimit) {
                busy.put(person, window);
              }
            });
    List<GraphSignal> signals = new ArrayList<>();
    if (busy.isEmpty()) {
      return signals;
    }
    for (Membership membership : graph.memberships()) {
      if (!membership.imported()) {
        continue;
      }
      for (int person : graph.circleOf(membership.party())) {
        List<RelationshipGraph.RoleChange> window = busy.get(person);
        if (window != null) {
          signals.add(roleChangeSignal(graph, settings, membership, person, window));
        }
      }
    }
    return signals;
  }

  /** The most changes that fall within {@code months} of each other, earliest such period first. */
  static List<RelationshipGraph.RoleChange> busiestWindow(
      List<RelationshipGraph.RoleChange> changes, int months) {
    List<RelationshipGraph.RoleChange> sorted = new ArrayList<>(changes);
    sorted.sort(
        java.util.Comparator.comparing(RelationshipGraph.RoleChange::date)
            .thenComparing(RelationshipGraph.RoleChange::party)
            .thenComparing(RelationshipGraph.RoleChange::role));
    int bestFrom = 0;
    int bestTo = 0;
    int to = 0;
    for (int from = 0; from < sorted.size(); from++) {
      java.time.LocalDate end = sorted.get(from).date().plusMonths(months);
      to = Math.max(to, from);
      while (to < sorted.size() && sorted.get(to).date().isBefore(end)) {
        to++;
      }
      if (to - from > bestTo - bestFrom) {
        bestFrom = from;
        bestTo = to;
      }
    }
    return sorted.subList(bestFrom, bestTo);
  }

  private static GraphSignal roleChangeSignal(
      RelationshipGraph graph,
      GraphProperties settings,
      Membership membership,
      int person,
      List<RelationshipGraph.RoleChange> window) {
    List<String> paths = new ArrayList<>();
    List<se.vendorscreening.graph.GraphEdge> edges = new ArrayList<>();
    java.util.Set<Integer> drawn = new java.util.HashSet<>();
    se.vendorscreening.intake.RepresentativeRole[] roles =
        se.vendorscreening.intake.RepresentativeRole.values();
    for (RelationshipGraph.RoleChange change : window) {
      if (paths.size() == MAX_PATHS) {
        paths.add("… +" + (window.size() - MAX_PATHS));
        break;
      }
      paths.add(
          graph.label(person)
              + " –"
              + roles[change.role()].name()
              + "→ "
              + graph.label(change.party())
              + (change.began() ? " from " : " until ")
              + change.date());
      if (drawn.add(change.party())) {
        edges.add(ExplanationEdgeBuilder.circle(graph, person, change.party()));
      }
    }
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("role_changes", Integer.toString(window.size()));
    facts.put("role_change_limit", Integer.toString(settings.frontPersonRoleChanges()));
    facts.put("role_change_months", Integer.toString(settings.frontPersonRoleChangeMonths()));
    facts.put("role_changes_from", window.get(0).date().toString());
    facts.put("role_changes_to", window.get(window.size() - 1).date().toString());
    return signalOf(graph, membership, person, paths, facts, edges);
  }

  /**
   * The number of register parties a person may be in without a signal: the configured limit, or
   * the configured factor times the register's average where that is higher, so that only outliers
   * are flagged in a register where everybody sits on many boards.
   */
  static int limit(GraphProperties settings, double averagePartiesPerPerson) {
    int relative = (int) Math.ceil(settings.frontPersonOutlierFactor() * averagePartiesPerPerson);
    return Math.max(settings.frontPersonMaxParties(), relative);
  }

  private static GraphSignal signal(
      RelationshipGraph graph, Membership membership, int person, int count, int limit) {
    List<String> paths = new ArrayList<>();
    List<se.vendorscreening.graph.GraphEdge> edges = new ArrayList<>();
    int[] parties = graph.partiesOf(person);
    Integer[] ordered = new Integer[parties.length];
    for (int i = 0; i < parties.length; i++) {
      ordered[i] = parties[i];
    }
    Arrays.sort(ordered, (a, b) -> graph.key(a).compareTo(graph.key(b)));
    int listed = 0;
    for (int other : ordered) {
      if (!graph.inRegister(other)) {
        continue;
      }
      if (listed == MAX_PATHS) {
        paths.add("… +" + (count - MAX_PATHS));
        break;
      }
      paths.add(
          graph.label(person) + " –" + graph.roles(person, other) + "→ " + graph.label(other));
      edges.add(ExplanationEdgeBuilder.circle(graph, person, other));
      listed++;
    }
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("parties_in_circle", Integer.toString(count));
    facts.put("limit", Integer.toString(limit));
    return signalOf(graph, membership, person, paths, facts, edges);
  }

  /** The signal about one person in the circle of one tenderer, with its explanation. */
  private static GraphSignal signalOf(
      RelationshipGraph graph,
      Membership membership,
      int person,
      List<String> paths,
      Map<String, String> facts,
      List<se.vendorscreening.graph.GraphEdge> edges) {
    return new GraphSignal(
        RuleId.FRONT_PERSON,
        membership.procurementId(),
        graph.key(membership.party()).substring(4),
        graph.label(person),
        graph.subjectRole(person, membership.party()),
        null,
        paths,
        facts,
        edges);
  }
}
