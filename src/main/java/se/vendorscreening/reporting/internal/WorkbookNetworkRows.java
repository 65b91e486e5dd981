package se.vendorscreening.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphEdge.Node;
import se.vendorscreening.reporting.internal.NetworkClusters.Cluster;
import se.vendorscreening.reporting.internal.NetworkClusters.Link;

/**
 * The workbook's network sheet: every edge of every flagged cluster, numbered as the PDF's pictures
 * are, with both ends (name and number, persons' masked), the relation and roles in words, the
 * share as a number and the dates as date cells.
 */
final class WorkbookNetworkRows {

  /** Column widths in characters. */
  static final int[] WIDTHS = {8, 30, 14, 20, 30, 14, 9, 26, 12, 12};

  private final ReportTexts texts;
  private final FindingWords words;

  WorkbookNetworkRows(ReportTexts texts, FindingWords words) {
    this.texts = texts;
    this.words = words;
  }

  void write(WorkbookSheet sheet, List<Cluster> clusters) {
    for (Cluster cluster : clusters) {
      for (Link link : cluster.links()) {
        GraphEdge edge = link.edge();
        Node from = cluster.nodes().get(link.from());
        Node to = cluster.nodes().get(link.to());
        sheet.append(
            null,
            cluster.number(),
            name(from),
            number(from),
            texts.get("pdf.network.relation." + edge.relation()),
            name(to),
            number(to),
            edge.share() == null ? null : Math.round(edge.share() * 10000) / 100.0,
            edge.roles() == null ? null : words.evidence().roles(edge.roles()),
            edge.since(),
            edge.until());
      }
    }
  }

  private String name(Node node) {
    List<String> parts = new ArrayList<>();
    parts.add(node.name() != null ? node.name() : texts.get("pdf.network.kind." + node.kind()));
    if (node.country() != null && !"SE".equalsIgnoreCase(node.country())) {
      parts.add(words.evidence().countries(node.country()));
    }
    return String.join(", ", parts);
  }

  private static String number(Node node) {
    return node.number() == null ? null : PersonalNumbers.mask(node.number());
  }
}
