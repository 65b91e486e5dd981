package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vandeseer.easytable.util.PdfUtil;

class PdfLineBreaksTests {

  private static PDDocument document;
  private static PdfFlow flow;

  @BeforeAll
  static void loadFonts() throws IOException {
    document = new PDDocument();
    flow = new PdfFlow(document);
  }

  @AfterAll
  static void close() throws IOException {
    document.close();
  }

  @Test
  void breaksOnlyAtSpacesAndNeverAddsACharacter() {
    PdfLineBreaks lineBreaks = new PdfLineBreaks();
    List<String> texts = new ArrayList<>(sampleTexts());
    Random random = new Random(42);
    for (int i = 0; i < 400; i++) {
      texts.add(randomText(random));
    }
    for (PDFont font : List.of(flow.regular(), flow.bold())) {
      for (int fontSize : new int[] {8, 12}) {
        for (float width : new float[] {8, 54, 114.5f, 489}) {
          for (String text : texts) {
            List<String> lines = lineBreaks.lines(text, font, fontSize, width);
            assertThat(String.join("", lines).replaceAll("\\s", ""))
                .as("'%s' in %s points at %d", text, width, fontSize)
                .isEqualTo(text.replaceAll("\\s", ""));
          }
        }
      }
    }
  }

  @Test
  void keepsHashesFileNamesAndLegalReferencesWholeWhenTheyFitALine() {
    PdfLineBreaks lineBreaks = new PdfLineBreaks();
    String text =
        "Källa conviction-records.csv rad 6, hash 9b4e1f0c3d2a8b7c6d5e4f3a, direktiv 2014/24/EU"
            + " art. 57.7 och FINANCIAL_STANDING";

    List<String> lines = lineBreaks.lines(text, flow.regular(), 8, 120);

    for (String whole :
        List.of(
            "conviction-records.csv", "9b4e1f0c3d2a8b7c6d5e4f3a", "57.7", "FINANCIAL_STANDING")) {
      assertThat(lines).anySatisfy(line -> assertThat(line).contains(whole));
    }
    assertThat(lines).noneMatch(line -> line.endsWith("-"));
  }

  @Test
  void cutsALongEspdCodeOnlyAfterADotOrUnderscore() {
    PdfLineBreaks lineBreaks = new PdfLineBreaks();
    String code = "(CRITERION.EXCLUSION.CONFLICT_OF_INTEREST.MISINTERPRETATION)";
    String text = "Uteslutningsgrund (ESPD): oriktiga uppgifter " + code;

    int broken = 0;
    // every part fits these widths; a part wider than its cell is cut where the line is full
    for (float width : new float[] {114.5f, 160, 200}) {
      List<String> lines = lineBreaks.lines(text, flow.regular(), 8, width);

      assertThat(String.join("", lines).replaceAll("\\s", ""))
          .isEqualTo(text.replaceAll("\\s", ""));
      List<String> codeLines =
          lines.stream().filter(line -> line.matches("\\(?[A-Z_.]+\\)?")).toList();
      assertThat(String.join("", codeLines)).as("%s points", width).isEqualTo(code);
      for (int i = 0; i < codeLines.size() - 1; i++) {
        assertThat(codeLines.get(i)).as("%s points", width).matches(".*[._]");
      }
      assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith("-"));
      broken += codeLines.size() > 1 ? 1 : 0;
    }
    assertThat(broken).isPositive();
  }

  @Test
  void measuresAsEasytableDoesToTheLastBit() {
    PdfLineBreaks lineBreaks = new PdfLineBreaks();
    for (String text : sampleTexts()) {
      assertThat(lineBreaks.width(text, flow.regular(), 8))
          .isEqualTo(PdfUtil.getStringWidth(text, flow.regular(), 8));
    }
  }

  @Test
  void givesALineTheHeightEasytableGivesIt() {
    PdfLineBreaks lineBreaks = new PdfLineBreaks();
    for (PDFont font : List.of(flow.regular(), flow.bold())) {
      for (int fontSize = 6; fontSize <= 16; fontSize++) {
        assertThat(lineBreaks.fontHeight(font, fontSize))
            .isEqualTo(PdfUtil.getFontHeight(font, fontSize))
            .isGreaterThan(fontSize * 0.5f);
      }
    }
  }

  @Test
  void keepsTheLinesOfATextDrawnAgain() {
    PdfLineBreaks lineBreaks = new PdfLineBreaks();
    String clause = sampleTexts().get(2);

    List<String> first = lineBreaks.lines(clause, flow.regular(), 9, 489);

    assertThat(lineBreaks.lines(clause, flow.regular(), 9, 489)).isSameAs(first);
    assertThat(lineBreaks.lines(clause, flow.regular(), 9, 200)).isNotEqualTo(first);
  }

  @Test
  void splitsALineIntoWordsAsTheRegularExpressionDid() {
    List<String> lines = new ArrayList<>(sampleTexts());
    lines.addAll(List.of("a  b", "  a", "a ", "a   ", " ", "  ", "ord", " x y  z "));
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      lines.add(randomText(random).replace('\n', ' '));
    }
    for (String line : lines) {
      assertThat(new ArrayList<>(PdfLineBreaks.wordsOf(line)))
          .as("'%s'", line)
          .containsExactly(PdfLineBreaks.AFTER_SEPARATOR.split(line));
    }
  }

  @Test
  void measuresRandomTextsAsEasytableDoes() {
    PdfLineBreaks lineBreaks = new PdfLineBreaks();
    Random random = new Random(11);
    for (int i = 0; i < 600; i++) {
      String text = randomText(random);
      if (text.isBlank()) {
        continue; // only line feeds: nothing to measure
      }
      assertThat(lineBreaks.width(text, flow.regular(), 8))
          .as("'%s'", text)
          .isEqualTo(PdfUtil.getStringWidth(text, flow.regular(), 8));
    }
  }

  private static List<String> sampleTexts() {
    return List.of(
        "Vårby Bygg & Städ 1234 AB",
        "CONVICTION_MANDATORY\nLOU 13 kap. 1 §\nUteslutning",
        "Leverantören ska omedelbart underrätta den upphandlande myndigheten om en företrädare"
            + " döms för brott som avses i 13 kap. 1 § LOU, och myndigheten får då häva avtalet"
            + " med omedelbar verkan.",
        "AVT-2026-10001, AVT-2026-10002, AVT-2026-10003, AVT-2026-10004",
        "CONVICTION_MANDATORY, ORGANISED_CRIME_LINK, TAX_UNPAID_FINAL, SUBCONTRACTOR_FLAGGED",
        "9b4e1f0c3d2a8b7c6d5e9105092382f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7",
        "Ett-mycket-långt-sammansatt-ord-utan-mellanslag-som-inte-ryms-på-en-rad",
        "a\n\nb",
        "",
        " ",
        "W",
        "x.y,z-w v",
        "ligaturer: fi fl ffi office",
        "tecken utan glyf: \u4e2d\u6587 och \uD83D\uDE00");
  }

  private static String randomText(Random random) {
    String[] words = {
      "Södertörns",
      "tingsrätt",
      "B",
      "1234-23",
      "LOU",
      "13",
      "kap.",
      "1",
      "§,",
      "Åsa",
      "Öberg",
      "-",
      "fastställd",
      "skuld,",
      "556677-8899",
      "AB.",
      "x",
      "WWWWWWWWWWWWWWWWWWWW",
      "i",
      "\n",
      "ORGANISED_CRIME_LINK",
      "–",
      "ﬁ"
    };
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(30);
    for (int i = 0; i < count; i++) {
      text.append(words[random.nextInt(words.length)]);
      text.append(random.nextInt(4) == 0 ? "" : " ");
    }
    return text.toString();
  }
}
