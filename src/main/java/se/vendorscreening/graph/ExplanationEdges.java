package se.vendorscreening.graph;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signal's explanation as edges, written to and read from a finding's evidence under {@link
 * #EVIDENCE_KEY} as JSON, next to the explanation in words ({@code explanation_path}), so that a
 * report can draw the network. Findings written before the edges existed have no such key: {@link
 * #read(String)} gives no edges for them and a report says the chain in words only.
 */
public final class ExplanationEdges {

  /** The evidence key of the edges. */
  public static final String EVIDENCE_KEY = "explanation_edges";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JavaType LIST =
      MAPPER.getTypeFactory().constructCollectionType(List.class, GraphEdge.class);

  private ExplanationEdges() {}

  /** The edges as JSON. */
  public static String write(List<GraphEdge> edges) {
    return MAPPER.writeValueAsString(edges);
  }

  /** The edges of a finding's evidence value; none when the value is null, blank or not edges. */
  public static List<GraphEdge> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      List<GraphEdge> edges = MAPPER.readValue(json, LIST);
      return edges == null ? List.of() : List.copyOf(edges);
    } catch (JacksonException | NullPointerException | IllegalArgumentException unreadable) {
      return List.of();
    }
  }
}
