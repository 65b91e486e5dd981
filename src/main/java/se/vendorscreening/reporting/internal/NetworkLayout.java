package se.vendorscreening.reporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one network picture with the Eclipse Layout Kernel's layered algorithm: nodes in layers
 * along the edges' direction, crossings reduced, edges routed orthogonally around the nodes, edge
 * labels given room of their own, so that no two boxes overlap. Both directions (left to right and
 * top to bottom) are laid out and the one that needs less shrinking to fit the box is kept. All
 * coordinates are in points from the top left corner of the picture, already scaled.
 */
final class NetworkLayout {

  static {
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private static final double NODE_SPACING = 14;
  private static final double LAYER_SPACING = 28;
  private static final double PADDING = 6;

  private NetworkLayout() {}

  /** A box to place: a node, or an edge's label (empty label: width 0). */
  record Size(float width, float height) {}

  /** An edge to route, with the size of its label. */
  record EdgeSpec(String from, String to, Size label) {}

  /** A placed box, top left corner and size, in points. */
  record Box(float x, float y, float width, float height) {

    boolean overlaps(Box other) {
      return x < other.x + other.width
          && other.x < x + width
          && y < other.y + other.height
          && other.y < y + height;
    }
  }

  /** A routed edge: its points from start to end, and its label's box (null when none). */
  record Route(EdgeSpec edge, List<float[]> points, Box label) {}

  /**
   * The picture laid out.
   *
   * @param width its width, at most the box's
   * @param height its height, at most the box's
   * @param scale the factor the layout was shrunk by to fit (1 when it fitted), by which the text
   *     too is drawn
   * @param nodes the nodes' boxes by key
   * @param routes the edges in the order given
   */
  record Placed(
      float width, float height, float scale, Map<String, Box> nodes, List<Route> routes) {}

  /**
   * Lays the nodes (by key, with their sizes) and edges out to fit within {@code maxWidth} × {@code
   * maxHeight} points, shrinking the whole picture when it is larger.
   */
  static Placed layout(
      Map<String, Size> nodes, List<EdgeSpec> edges, float maxWidth, float maxHeight) {
    Placed across = layout(nodes, edges, Direction.RIGHT, maxWidth, maxHeight);
    Placed down = layout(nodes, edges, Direction.DOWN, maxWidth, maxHeight);
    return down.scale() >= across.scale() ? down : across;
  }

  private static Placed layout(
      Map<String, Size> nodes,
      List<EdgeSpec> edges,
      Direction direction,
      float maxWidth,
      float maxHeight) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, direction);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
    root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 10.0);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
    root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, NODE_SPACING);
    Map<String, ElkNode> elkNodes = new HashMap<>();
    nodes.forEach(
        (key, size) -> {
          ElkNode node = ElkGraphUtil.createNode(root);
          node.setDimensions(size.width(), size.height());
          elkNodes.put(key, node);
        });
    List<ElkEdge> elkEdges = new ArrayList<>();
    for (EdgeSpec edge : edges) {
      ElkEdge elkEdge =
          ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to()));
      if (edge.label() != null && edge.label().width() > 0) {
        // a label without text is not placed
        ElkLabel label = ElkGraphUtil.createLabel("label", elkEdge);
        label.setDimensions(edge.label().width(), edge.label().height());
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      elkEdges.add(elkEdge);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    double width = Math.max(1, root.getWidth());
    double height = Math.max(1, root.getHeight());
    float scale = (float) Math.min(1.0, Math.min(maxWidth / width, maxHeight / height));
    Map<String, Box> placed = new java.util.LinkedHashMap<>();
    elkNodes.forEach(
        (key, node) ->
            placed.put(
                key,
                new Box(
                    (float) node.getX() * scale,
                    (float) node.getY() * scale,
                    (float) node.getWidth() * scale,
                    (float) node.getHeight() * scale)));
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      ElkEdge elkEdge = elkEdges.get(i);
      List<float[]> points = new ArrayList<>();
      for (ElkEdgeSection section : elkEdge.getSections()) {
        points.add(point(section.getStartX(), section.getStartY(), scale));
        for (ElkBendPoint bend : section.getBendPoints()) {
          points.add(point(bend.getX(), bend.getY(), scale));
        }
        points.add(point(section.getEndX(), section.getEndY(), scale));
      }
      Box label = null;
      if (!elkEdge.getLabels().isEmpty()) {
        ElkLabel elkLabel = elkEdge.getLabels().get(0);
        label =
            new Box(
                (float) elkLabel.getX() * scale,
                (float) elkLabel.getY() * scale,
                (float) elkLabel.getWidth() * scale,
                (float) elkLabel.getHeight() * scale);
      }
      routes.add(new Route(edges.get(i), points, label));
    }
    return new Placed((float) width * scale, (float) height * scale, scale, placed, routes);
  }

  private static float[] point(double x, double y, float scale) {
    return new float[] {(float) x * scale, (float) y * scale};
  }
}
