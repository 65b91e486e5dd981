package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphEdge.Node;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.reporting.internal.NetworkClusters.Cluster;
import se.vendorscreening.reporting.internal.NetworkClusters.Flag;
import se.vendorscreening.reporting.internal.NetworkClusters.Link;
import se.vendorscreening.reporting.internal.NetworkLayout.Box;
import se.vendorscreening.reporting.internal.NetworkLayout.EdgeSpec;
import se.vendorscreening.reporting.internal.NetworkLayout.Placed;
import se.vendorscreening.reporting.internal.NetworkLayout.Route;
import se.vendorscreening.reporting.internal.NetworkLayout.Size;
import se.vendorscreening.shared.Decision;

/**
 * The PDF's "Nätverk" section: a picture of each flagged cluster ({@link NetworkClusters}), laid
 * out by {@link NetworkLayout} and drawn with PDFBox in the report's embedded fonts. Companies show
 * name and organisation number, persons name and masked personal number, owners name, number and
 * country; the run's parties in the cluster are filled with their decision's colour. Every edge
 * carries its role, share or dates. A cluster of more than {@link #MAX_NODES} nodes shows the
 * flagged parties and the nodes nearest to them and lists the rest; more than {@link #MAX_PICTURES}
 * clusters are listed without a picture (all edges are in the workbook's network sheet).
 */
final class PdfNetworkSection {

  /** Nodes one picture shows at most: more would not be legible on an A4 page. */
  static final int MAX_NODES = 14;

  /** Clusters drawn at most; the rest are listed. */
  static final int MAX_PICTURES = 30;

  /**
   * The flagged parties a cluster lists by name, and the nodes a picture leaves out that it names:
   * in a register of 100,000 vendors one cluster joined by front persons holds tens of thousands of
   * both, which no table row or page could hold (the rest are counted; every party and its decision
   * is in the list of parties, every edge in the workbook).
   */
  static final int MAX_FLAGGED_LISTED = 10;

  static final int MAX_HIDDEN_LISTED = 20;

  /**
   * How much smaller than its full size a picture may be drawn to stay on the page it would start
   * on, its labels still readable.
   */
  private static final float SMALLEST_TO_STAY = 0.85f;

  /** The height a picture may take: an A4 page less the margins and its heading. */
  static final float MAX_HEIGHT = 560;

  private static final float NAME_SIZE = 8;
  private static final float TEXT_SIZE = 7;
  private static final float LABEL_SIZE = 6.5f;
  private static final float LINE = 1.2f;
  private static final float PAD = 4;
  private static final float MAX_TEXT_WIDTH = 130;
  private static final float MAX_LABEL_WIDTH = 110;
  private static final float HEADING_HEIGHT = 30;
  private static final float FLAGGED_LINE_HEIGHT = 10;

  private static final Color PERSON_FILL = new Color(0xE3, 0xEE, 0xFA);
  private static final Color PERSON_BORDER = new Color(0x3A, 0x6E, 0xA5);
  private static final Color OWNER_FILL = new Color(0xEE, 0xE6, 0xF5);
  private static final Color OWNER_BORDER = new Color(0x6A, 0x4C, 0x93);
  private static final Color COMPANY_BORDER = new Color(0x55, 0x55, 0x55);
  private static final Color EDGE = new Color(0x44, 0x44, 0x44);

  private final PdfFlow flow;
  private final ReportTexts texts;
  private final FindingWords words;

  PdfNetworkSection(PdfFlow flow, ReportTexts texts, FindingWords words) {
    this.flow = flow;
    this.texts = texts;
    this.words = words;
  }

  /** Writes the section on a new page; nothing when there is no cluster. */
  void write(List<Cluster> clusters) throws IOException {
    if (clusters.isEmpty()) {
      return;
    }
    flow.newPage();
    flow.heading(texts.get("pdf.network.title"), 14);
    flow.paragraph(texts.get("pdf.network.intro", clusters.size()), 9);
    for (Cluster cluster : clusters.subList(0, Math.min(MAX_PICTURES, clusters.size()))) {
      writeCluster(cluster);
    }
    if (clusters.size() > MAX_PICTURES) {
      flow.heading(texts.get("pdf.network.notDrawn", clusters.size() - MAX_PICTURES), 11);
      List<String[]> rows = new ArrayList<>();
      for (Cluster cluster : clusters.subList(MAX_PICTURES, clusters.size())) {
        rows.add(
            new String[] {
              Integer.toString(cluster.number()),
              flagged(cluster),
              Integer.toString(cluster.nodes().size())
            });
      }
      flow.table(
          new float[] {50, 385, 60},
          new String[] {
            texts.get("pdf.network.column.cluster"),
            texts.get("pdf.network.column.flagged"),
            texts.get("pdf.network.column.nodes")
          },
          rows,
          null);
    }
  }

  /**
   * Whether the cluster needs a picture: one that a relationship-graph finding drew does; one made
   * of subcontractor chains alone is said in words, so that a run without graph findings never
   * starts the layout engine (its first use costs about a second of CPU).
   */
  static boolean needsPicture(Cluster cluster) {
    return cluster.links().stream()
        .anyMatch(link -> !GraphEdge.SUBCONTRACTS_FOR.equals(link.edge().relation()));
  }

  private void writeCluster(Cluster cluster) throws IOException {
    if (!needsPicture(cluster)) {
      writeChains(cluster);
      return;
    }
    List<String> shown = cluster.shown(MAX_NODES);
    Map<String, NodeText> nodeTexts = new LinkedHashMap<>();
    Map<String, Size> sizes = new LinkedHashMap<>();
    for (String key : shown) {
      NodeText text = nodeText(cluster.nodes().get(key), cluster.decisions().get(key));
      nodeTexts.put(key, text);
      sizes.put(key, text.size());
    }
    List<EdgeSpec> edges = new ArrayList<>();
    List<List<Line>> labels = new ArrayList<>();
    for (Link link : cluster.links()) {
      if (sizes.containsKey(link.from()) && sizes.containsKey(link.to())) {
        List<Line> label = edgeLabel(link.edge());
        labels.add(label);
        edges.add(new EdgeSpec(link.from(), link.to(), size(label)));
      }
    }
    Placed fullSize = NetworkLayout.layout(sizes, edges, PdfFlow.WIDTH, MAX_HEIGHT);
    float above = HEADING_HEIGHT + FLAGGED_LINE_HEIGHT * flaggedLines(cluster);
    float room = flow.spaceLeft() - above;
    // a little smaller on this page rather than a page left all but empty before it
    Placed placed =
        fullSize.height() > room && room >= fullSize.height() * SMALLEST_TO_STAY
            ? NetworkLayout.layout(sizes, edges, PdfFlow.WIDTH, room)
            : fullSize;
    // the heading, the flagged parties and the picture on one page
    flow.ensureSpace(placed.height() + above);
    headingAndFlagged(cluster);
    flow.drawBox(
        placed.height(),
        (content, left, bottom) ->
            paint(content, left, bottom, placed, nodeTexts, labels, cluster));
    if (shown.size() < cluster.nodes().size()) {
      List<String> rest = new ArrayList<>();
      for (Map.Entry<String, Node> node : cluster.nodes().entrySet()) {
        if (!shown.contains(node.getKey())) {
          rest.add(inWords(node.getValue()));
        }
      }
      String listed = String.join("; ", rest.subList(0, Math.min(MAX_HIDDEN_LISTED, rest.size())));
      if (rest.size() > MAX_HIDDEN_LISTED) {
        listed += "; " + texts.get("pdf.network.andMore", rest.size() - MAX_HIDDEN_LISTED);
      }
      flow.paragraph(
          texts.get("pdf.network.hidden", rest.size(), cluster.nodes().size(), listed), 8);
    }
  }

  /** The cluster's heading, named after its most severe flagged party, and its flagged parties. */
  private void headingAndFlagged(Cluster cluster) throws IOException {
    Flag first = cluster.flagged().values().stream().findFirst().orElse(null);
    flow.heading(
        texts.get(
            "pdf.network.cluster",
            cluster.number(),
            first == null ? "" : first.partyName(),
            cluster.nodes().size()),
        11);
    flow.paragraph(flagged(cluster), 8);
  }

  /** A cluster of subcontractor chains: its heading, flagged parties and each chain in words. */
  private void writeChains(Cluster cluster) throws IOException {
    headingAndFlagged(cluster);
    flow.paragraph(texts.get("pdf.network.chains", String.join("\n", chains(cluster))), 8);
  }

  /**
   * Each chain from the party at its top down to a subcontractor nobody works under, as {@code
   * Vendor (number) ← Subcontractor (number) ← ...} (each link runs from the subcontractor to the
   * party it works under).
   */
  static List<String> chains(Cluster cluster) {
    // each party's first link up, as a JGraphT graph walked up from each bottom party
    Graph<String, DefaultEdge> above = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (Link link : cluster.links()) {
      above.addVertex(link.from());
      above.addVertex(link.to());
      if (above.outDegreeOf(link.from()) == 0) {
        above.addEdge(link.from(), link.to());
      }
    }
    List<String> chains = new ArrayList<>();
    for (String bottom : cluster.nodes().keySet()) {
      if (!above.containsVertex(bottom)
          || above.inDegreeOf(bottom) > 0
          || above.outDegreeOf(bottom) == 0) {
        continue;
      }
      List<String> labels = new ArrayList<>();
      new BreadthFirstIterator<>(above, bottom)
          .forEachRemaining(at -> labels.add(0, label(cluster.nodes().get(at))));
      chains.add(String.join(" \u2190 ", labels));
    }
    java.util.Collections.sort(chains);
    return chains;
  }

  private static String label(Node node) {
    String number = node.number() == null ? "" : PdfReportWriter.maskedNumber(node.number());
    if (node.name() == null) {
      return number;
    }
    return number.isEmpty() ? node.name() : node.name() + " (" + number + ")";
  }

  /** The lines the flagged parties take at most, two each (a line holds some 110 characters). */
  private static int flaggedLines(Cluster cluster) {
    return 2 * Math.min(MAX_FLAGGED_LISTED + 1, cluster.flagged().size());
  }

  /** The run's parties in the cluster: name, number, decision and the rules that put it there. */
  private String flagged(Cluster cluster) {
    List<String> lines =
        cluster.flagged().values().stream()
            .limit(MAX_FLAGGED_LISTED)
            .map(
                flag ->
                    texts.get(
                        "pdf.network.flagged",
                        flag.partyName(),
                        PdfReportWriter.maskedNumber(flag.orgNo()),
                        texts.decision(flag.decision()),
                        flag.rules().stream()
                            .map(words::ruleTitle)
                            .collect(Collectors.joining(", "))))
            .collect(Collectors.toCollection(ArrayList::new));
    if (cluster.flagged().size() > MAX_FLAGGED_LISTED) {
      lines.add(
          texts.get("pdf.network.flaggedMore", cluster.flagged().size() - MAX_FLAGGED_LISTED));
    }
    return String.join("\n", lines);
  }

  /** A node in one line, for the list of nodes a picture leaves out. */
  private String inWords(Node node) {
    List<String> parts = new ArrayList<>();
    if (node.name() != null) {
      parts.add(node.name());
    }
    if (node.number() != null) {
      parts.add(PersonalNumbers.mask(node.number()));
    }
    return String.join(", ", parts);
  }

  /** A line of text in a font and size. */
  private record Line(String text, PDFont font, float size) {}

  private record NodeText(List<Line> lines, Color fill, Color border, float borderWidth) {

    Size size() {
      return PdfNetworkSection.size(lines);
    }
  }

  private NodeText nodeText(Node node, Decision decision) throws IOException {
    List<Line> lines = new ArrayList<>();
    String name = node.name() != null ? node.name() : node.number();
    for (String part : wrap(name == null ? "?" : name, flow.bold(), NAME_SIZE, 2)) {
      lines.add(new Line(part, flow.bold(), NAME_SIZE));
    }
    if (node.name() != null && node.number() != null) {
      lines.add(
          new Line(flow.safe(PersonalNumbers.mask(node.number())), flow.regular(), TEXT_SIZE));
    }
    String kind =
        texts.get("pdf.network.kind." + node.kind())
            + (node.country() != null && !"SE".equalsIgnoreCase(node.country())
                ? ", " + words.evidence().countries(node.country())
                : "");
    lines.add(new Line(flow.safe(kind), flow.regular(), TEXT_SIZE));
    if (node.note() != null) {
      for (String part : wrap(note(node.note()), flow.regular(), TEXT_SIZE, 3)) {
        lines.add(new Line(part, flow.regular(), TEXT_SIZE));
      }
    }
    if (decision != null) {
      lines.add(new Line(flow.safe(texts.decision(decision)), flow.bold(), TEXT_SIZE));
      return new NodeText(
          lines, DecisionColours.fill(decision), DecisionColours.bar(decision), 1.5f);
    }
    return switch (node.kind()) {
      case Node.PERSON -> new NodeText(lines, PERSON_FILL, PERSON_BORDER, 0.8f);
      case Node.OWNER -> new NodeText(lines, OWNER_FILL, OWNER_BORDER, 0.8f);
      default -> new NodeText(lines, Color.WHITE, COMPANY_BORDER, 0.8f);
    };
  }

  /**
   * What the graph noted about a node in words: a phoenix's earlier company ({@code EXCLUDED
   * 2026-05-04}: "uteslutet 2026-05-04"), an assessed subject's network.
   */
  private String note(String note) {
    int space = note.indexOf(' ');
    String code = space < 0 ? note : note.substring(0, space);
    String rest = space < 0 ? "" : note.substring(space + 1);
    if ("NETWORK".equals(code)) {
      return texts.get("pdf.network.note.network", rest);
    }
    return words.evidence().marked(code) + (rest.isEmpty() ? "" : " " + rest);
  }

  /** The edge's label: the roles (or share, or subcontracting) and the dates. */
  private List<Line> edgeLabel(GraphEdge edge) throws IOException {
    List<String> parts = new ArrayList<>();
    if (GraphEdge.SUBCONTRACTS_FOR.equals(edge.relation())) {
      parts.add(texts.get("pdf.network.relation.SUBCONTRACTS_FOR"));
    }
    if (edge.roles() != null && !edge.roles().isBlank()) {
      parts.add(words.evidence().roles(edge.roles(), true));
    }
    if (edge.share() != null) {
      parts.add(texts.get("pdf.network.share", percent(edge.share())));
    }
    List<Line> lines = new ArrayList<>();
    // as many lines as every role on a line of its own takes: a person with five roles in a
    // company had the last ones cut after two lines
    int maxLines = 2 + RepresentativeRole.values().length;
    for (String part : wrap(String.join(", ", parts), flow.regular(), LABEL_SIZE, maxLines)) {
      lines.add(new Line(part, flow.regular(), LABEL_SIZE));
    }
    String dates = dates(edge.since(), edge.until());
    if (!dates.isEmpty()) {
      lines.add(new Line(flow.safe(dates), flow.regular(), LABEL_SIZE));
    }
    return lines;
  }

  /** A share 0–1 as "40" or "40,5". */
  String percent(double share) {
    return words.evidence().percent(Double.toString(Math.round(share * 10000) / 100.0));
  }

  private String dates(LocalDate since, LocalDate until) {
    if (since == null && until == null) {
      return "";
    }
    if (until == null) {
      return texts.get("pdf.network.since", since.toString());
    }
    return (since == null ? "" : since.toString()) + "\u2013" + until;
  }

  /**
   * The text broken into at most {@code maxLines} lines of {@link #MAX_TEXT_WIDTH}, cut at the end.
   */
  private List<String> wrap(String value, PDFont font, float size, int maxLines)
      throws IOException {
    float limit = size == LABEL_SIZE ? MAX_LABEL_WIDTH : MAX_TEXT_WIDTH;
    String text = flow.safe(value);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font, size) <= limit || line.isEmpty()) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      cut.set(maxLines - 1, cut.get(maxLines - 1) + " …");
      lines = cut;
    }
    List<String> fitted = new ArrayList<>();
    for (String each : lines) {
      String fit = each;
      while (width(fit, font, size) > limit && fit.length() > 2) {
        fit = fit.substring(0, fit.length() - 2) + "…";
      }
      fitted.add(fit);
    }
    return fitted;
  }

  private static float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  private static Size size(List<Line> lines) {
    if (lines.isEmpty()) {
      return new Size(0, 0);
    }
    float width = 0;
    float height = 0;
    for (Line line : lines) {
      try {
        width = Math.max(width, width(line.text(), line.font(), line.size()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      height += line.size() * LINE;
    }
    return new Size(width + 2 * PAD, height + 2 * PAD);
  }

  private void paint(
      PDPageContentStream content,
      float left,
      float bottom,
      Placed placed,
      Map<String, NodeText> nodeTexts,
      List<List<Line>> labels,
      Cluster cluster)
      throws IOException {
    float top = bottom + placed.height();
    float scale = placed.scale();
    // edges under the boxes
    content.setStrokingColor(EDGE);
    content.setNonStrokingColor(EDGE);
    content.setLineWidth(0.7f);
    for (Route route : placed.routes()) {
      List<float[]> points = route.points();
      boolean subcontract =
          cluster.links().stream()
              .anyMatch(
                  link ->
                      link.from().equals(route.edge().from())
                          && link.to().equals(route.edge().to())
                          && GraphEdge.SUBCONTRACTS_FOR.equals(link.edge().relation()));
      content.setLineDashPattern(subcontract ? new float[] {3, 2} : new float[] {}, 0);
      content.moveTo(left + points.get(0)[0], top - points.get(0)[1]);
      for (int i = 1; i < points.size(); i++) {
        content.lineTo(left + points.get(i)[0], top - points.get(i)[1]);
      }
      content.stroke();
      content.setLineDashPattern(new float[] {}, 0);
      arrowHead(content, left, top, points);
    }
    // labels on a white ground
    for (int i = 0; i < placed.routes().size(); i++) {
      Box box = placed.routes().get(i).label();
      if (box == null) {
        continue;
      }
      content.setNonStrokingColor(Color.WHITE);
      content.addRect(left + box.x(), top - box.y() - box.height(), box.width(), box.height());
      content.fill();
      drawLines(content, labels.get(i), left + box.x(), top - box.y(), scale, EDGE);
    }
    for (Map.Entry<String, Box> entry : placed.nodes().entrySet()) {
      Box box = entry.getValue();
      NodeText text = nodeTexts.get(entry.getKey());
      content.setNonStrokingColor(text.fill());
      content.setStrokingColor(text.border());
      content.setLineWidth(text.borderWidth());
      content.addRect(left + box.x(), top - box.y() - box.height(), box.width(), box.height());
      content.fillAndStroke();
      drawLines(content, text.lines(), left + box.x(), top - box.y(), scale, Color.BLACK);
    }
  }

  private static void drawLines(
      PDPageContentStream content, List<Line> lines, float x, float y, float scale, Color colour)
      throws IOException {
    content.setNonStrokingColor(colour);
    float baseline = y - PAD * scale;
    for (Line line : lines) {
      baseline -= line.size() * scale;
      content.beginText();
      content.setFont(line.font(), line.size() * scale);
      content.newLineAtOffset(x + PAD * scale, baseline);
      content.showText(line.text());
      content.endText();
      baseline -= line.size() * (LINE - 1) * scale;
    }
  }

  private static void arrowHead(
      PDPageContentStream content, float left, float top, List<float[]> points) throws IOException {
    float[] end = points.get(points.size() - 1);
    float[] before = points.get(points.size() - 2);
    double angle = Math.atan2(-(end[1] - before[1]), end[0] - before[0]);
    float x = left + end[0];
    float y = top - end[1];
    float length = 5;
    float spread = 0.4f;
    content.moveTo(x, y);
    content.lineTo(
        (float) (x - length * Math.cos(angle - spread)),
        (float) (y - length * Math.sin(angle - spread)));
    content.lineTo(
        (float) (x - length * Math.cos(angle + spread)),
        (float) (y - length * Math.sin(angle + spread)));
    content.closePath();
    content.setNonStrokingColor(EDGE);
    content.fill();
  }
}
