package se.vendorscreening.graph;

import java.util.Map;
import java.util.TreeMap;

/**
 * The graph settings of the shipped defaults (defaults/graph.yml) as the rules version covers them:
 * the version the README's sample records is computed over these.
 */
public final class ShippedGraphSettings {

  public static final Map<String, String> CANONICAL =
      new TreeMap<>(
          Map.of(
              "graph.sanctioned-countries", "RU",
              "graph.sanctioned-ownership-percent", "50",
              "graph.max-ownership-depth", "10",
              "graph.front-person-max-parties", "5",
              "graph.front-person-outlier-factor", "3.0",
              "graph.front-person-role-changes", "4",
              "graph.front-person-role-change-months", "12",
              "graph.phoenix-period-months", "36",
              "graph.organised-crime-hops", "3",
              "graph.person-signals", "false"));

  private ShippedGraphSettings() {}
}
