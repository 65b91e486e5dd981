package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseCatalogueTests {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  private static final List<String> REQUIRED =
      List.of("STATUTORY_17_17", "CRIME_LINK", "TAXES", "INSOLVENCY", "SUBCONTRACTOR");

  @Test
  void shipsEveryRequiredClauseInSwedishAndEnglishWithTheSameRules() {
    ClauseCatalogue swedish = new ClauseCatalogues(Path.of("config/clauses")).forLanguage(SWEDISH);
    ClauseCatalogue english =
        new ClauseCatalogues(Path.of("config/clauses")).forLanguage(Locale.ENGLISH);

    assertThat(swedish.all()).extracting(Clause::id).containsAll(REQUIRED);
    assertThat(english.all())
        .extracting(Clause::id)
        .isEqualTo(swedish.all().stream().map(Clause::id).toList());
    for (Clause clause : swedish.all()) {
      Clause translated = english.byId(clause.id()).orElseThrow();
      assertThat(translated.rules()).as(clause.id()).isEqualTo(clause.rules());
      assertThat(clause.paragraphs()).as(clause.id()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(clause.text()).as(clause.id()).contains("yttra sig");
      assertThat(translated.text()).as(clause.id()).contains("respond");
    }
    assertThat(swedish.byId("CRIME_LINK").orElseThrow().text())
        .contains("underleverantör i vilket led som helst")
        .contains("byts ut");
    assertThat(swedish.standard()).extracting(Clause::id).containsAll(REQUIRED);
    assertThat(swedish.invokedBy("TAX_UNPAID")).extracting(Clause::id).containsExactly("TAXES");
  }

  @Test
  void keepsTheCopyInTheJarEqualToTheOperatorsCatalogue() throws Exception {
    for (String file : List.of("sv.yml", "en.yml")) {
      assertThat(Path.of("src/main/resources/clauses", file))
          .hasSameTextualContentAs(Path.of("config/clauses", file));
    }
  }

  @Test
  void readsAnEditedCatalogueFromTheOperatorsFolder(@TempDir Path folder) throws Exception {
    Files.writeString(
        folder.resolve("sv.yml"),
        """
        version: "2027-lokal"
        clauses:
          - id: TAXES
            title: Skatter (lokal)
            standard: true
            rules: [TAX_UNPAID]
            text: |
              Första stycket.

              Andra stycket
              fortsätter här.
        """);

    ClauseCatalogue catalogue = new ClauseCatalogues(folder).forLanguage(SWEDISH);

    assertThat(catalogue.version()).isEqualTo("2027-lokal");
    assertThat(catalogue.byId("TAXES").orElseThrow().paragraphs())
        .containsExactly("Första stycket.", "Andra stycket fortsätter här.");
  }

  @Test
  void fallsBackToTheBuiltInCatalogueWhenTheFolderIsMissing(@TempDir Path folder) {
    ClauseCatalogue catalogue =
        new ClauseCatalogues(folder.resolve("missing")).forLanguage(Locale.ENGLISH);

    assertThat(catalogue.byId("INSOLVENCY").orElseThrow().title())
        .isEqualTo("Insolvency and winding up");
  }
}
