package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vendorscreening.reporting.internal.NetworkLayout.Box;
import se.vendorscreening.reporting.internal.NetworkLayout.EdgeSpec;
import se.vendorscreening.reporting.internal.NetworkLayout.Placed;
import se.vendorscreening.reporting.internal.NetworkLayout.Route;
import se.vendorscreening.reporting.internal.NetworkLayout.Size;

/** The layered layout of a network picture: no two boxes overlap and all fit the page. */
class NetworkLayoutTests {

  private static final float WIDTH = PdfFlow.WIDTH;
  private static final float HEIGHT = 600;

  @Test
  void aFrontPersonWithTwelveCompaniesAndAnOwnershipChainFitWithoutOverlap() {
    Map<String, Size> nodes = new LinkedHashMap<>();
    List<EdgeSpec> edges = new ArrayList<>();
    nodes.put("person", new Size(110, 26));
    for (int i = 0; i < 12; i++) {
      nodes.put("company" + i, new Size(130, 36));
      edges.add(new EdgeSpec("person", "company" + i, new Size(70, 9)));
    }
    nodes.put("owner", new Size(100, 36));
    nodes.put("holding", new Size(120, 26));
    edges.add(new EdgeSpec("owner", "holding", new Size(30, 9)));
    edges.add(new EdgeSpec("holding", "company0", new Size(30, 9)));
    edges.add(new EdgeSpec("owner", "company0", new Size(30, 9)));

    Placed placed = NetworkLayout.layout(nodes, edges, WIDTH, HEIGHT);

    assertFitsWithoutOverlap(placed, nodes.size(), edges.size());
  }

  @Test
  void aLargeClusterIsShrunkToFitAndStillHasNoOverlap() {
    Map<String, Size> nodes = new LinkedHashMap<>();
    List<EdgeSpec> edges = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      nodes.put("n" + i, new Size(150, 40));
      if (i > 0) {
        edges.add(new EdgeSpec("n" + (i - 1) / 2, "n" + i, new Size(80, 18)));
      }
    }

    Placed placed = NetworkLayout.layout(nodes, edges, WIDTH, HEIGHT);

    assertThat(placed.scale()).isLessThan(1f);
    assertFitsWithoutOverlap(placed, nodes.size(), edges.size());
  }

  @Test
  void aSmallChainIsNotShrunk() {
    Map<String, Size> nodes = new LinkedHashMap<>();
    nodes.put("owner", new Size(120, 36));
    nodes.put("company", new Size(140, 36));
    Placed placed =
        NetworkLayout.layout(
            nodes, List.of(new EdgeSpec("owner", "company", new Size(40, 9))), WIDTH, HEIGHT);

    assertThat(placed.scale()).isEqualTo(1f);
    Box owner = placed.nodes().get("owner");
    Box company = placed.nodes().get("company");
    assertThat(owner.width()).isEqualTo(120f);
    // the owner comes first along the edge's direction, whichever direction was chosen
    assertThat(
            owner.y() + owner.height() <= company.y() || owner.x() + owner.width() <= company.x())
        .isTrue();
    assertFitsWithoutOverlap(placed, 2, 1);
  }

  private static void assertFitsWithoutOverlap(Placed placed, int nodeCount, int edgeCount) {
    List<Box> boxes = new ArrayList<>(placed.nodes().values());
    assertThat(boxes).hasSize(nodeCount);
    assertThat(placed.routes()).hasSize(edgeCount);
    for (Route route : placed.routes()) {
      assertThat(route.points()).hasSizeGreaterThanOrEqualTo(2);
      if (route.label() != null) {
        boxes.add(route.label());
      }
    }
    float tolerance = 0.01f;
    for (int i = 0; i < boxes.size(); i++) {
      Box box = boxes.get(i);
      assertThat(box.x()).isGreaterThanOrEqualTo(-tolerance);
      assertThat(box.y()).isGreaterThanOrEqualTo(-tolerance);
      assertThat(box.x() + box.width()).isLessThanOrEqualTo(WIDTH + tolerance);
      assertThat(box.y() + box.height()).isLessThanOrEqualTo(HEIGHT + tolerance);
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(box.overlaps(boxes.get(j))).as("box %d overlaps box %d", i, j).isFalse();
      }
    }
    assertThat(placed.width()).isLessThanOrEqualTo(WIDTH + tolerance);
    assertThat(placed.height()).isLessThanOrEqualTo(HEIGHT + tolerance);
  }
}
