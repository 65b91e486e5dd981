package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aContract;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;

class ApplicableClausesTests {

  private final ApplicableClauses clauses =
      new ApplicableClauses(
          new ClauseCatalogues(Path.of("config/clauses"))
              .forLanguage(Locale.forLanguageTag("sv-SE")));

  @ParameterizedTest
  @CsvSource({
    "CONVICTION_PENDING, CRIME_LINK",
    "CONVICTION_OTHER, CRIME_LINK",
    "ORGANISED_CRIME_LINK, CRIME_LINK",
    "TAX_UNPAID, TAXES",
    "REGISTRATION_MISSING, TAXES",
    "COMPANY_STATUS, INSOLVENCY",
    "ENFORCEMENT_DEBT, INSOLVENCY",
    "SUBCONTRACTOR_FLAGGED, SUBCONTRACTOR",
    "POSSIBLE_MATCH, ''",
    "CREDIT_RISK, ''",
    "CHECK_FAILED, ''"
  })
  void invokesTheClausesThatListTheRule(String ruleId, String expected) {
    PartyResult party =
        aPartyResult().withContract("AVT-1", "2026-03-01").withFinding(aFinding(ruleId)).build();

    assertThat(String.join("|", clauses.forParty(party))).isEqualTo(expected);
  }

  @Test
  void appliesTheStatutoryClauseOnlyToContractsThatStartedAfterTheMandatoryGround() {
    PartyResult party =
        aPartyResult()
            .withContract("AVT-EARLY", "2023-01-01")
            .withContract("AVT-LATE", "2026-03-01")
            .withFinding(
                aFinding("CONVICTION_MANDATORY")
                    .deciding(Decision.EXCLUDE)
                    .groundedOn("2024-06-30"))
            .build();

    assertThat(clauses.forContract(party, party.contracts().get(0))).containsExactly("CRIME_LINK");
    assertThat(clauses.forContract(party, party.contracts().get(1)))
        .containsExactly("CRIME_LINK", "STATUTORY_17_17");
    assertThat(clauses.forParty(party)).containsExactly("CRIME_LINK", "STATUTORY_17_17");
  }

  @Test
  void doesNotApplyTheStatutoryClauseToAMandatoryGroundThatOnlyGivesReview() {
    PartyResult lou19 =
        aPartyResult()
            .withContract(aContract("AVT-1", "2026-03-01"))
            .withFinding(
                aFinding("TAX_UNPAID_FINAL").deciding(Decision.REVIEW).groundedOn("2025-01-01"))
            .build();

    assertThat(clauses.forParty(lou19)).containsExactly("TAXES");
  }

  @Test
  void ignoresInformationalFindingsAndRulesAnOfficerOverrodeToClear() {
    PartyResult party =
        aPartyResult()
            .withContract("AVT-1", "2026-03-01")
            .withFinding(
                aFinding("CONVICTION_MANDATORY").informationOnly().groundedOn("2019-01-01"))
            .withFinding(aFinding("TAX_UNPAID"))
            .withOverride("TAX_UNPAID", Decision.CLEAR, "Betald")
            .build();

    assertThat(clauses.forParty(party)).isEmpty();
  }

  @Test
  void letsTheAuthorityReplaceAFlaggedSubcontractor() {
    PartyResult subcontractor =
        aPartyResult()
            .withOrgNo("553051-9478")
            .asSubcontractorOf("555427-0008")
            .withContract("AVT-1", "2026-03-01")
            .withFinding(aFinding("ENFORCEMENT_DEBT"))
            .build();

    assertThat(clauses.forParty(subcontractor)).containsExactly("INSOLVENCY", "SUBCONTRACTOR");
  }
}
