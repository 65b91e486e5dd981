package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.AS_OF;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.BOARD_MEMBER;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.RULES;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.conviction;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.EvidenceKind;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.GroundAnswer;
import se.vendorscreening.screening.GroundEvidence;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.matching.SubjectMatcher;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.ProcurementType;
import se.vendorscreening.shared.RuleId;

/**
 * Per ground, kind of evidence and regime: what {@link GroundJudge} decides with the bundled
 * defaults of config/rules.yml's evidence section (docs/evidence.md). Registries are in-memory
 * fakes; the party is screened the way the screen job does, with the ground evidence added.
 */
class GroundJudgeTests {

  /** The eleven grounds the bundled defaults ask evidence for. */
  static final Set<ExclusionGround> REQUIRED =
      EnumSet.of(
          ExclusionGround.PARTICIPATION_IN_CRIMINAL_ORGANISATION,
          ExclusionGround.CORRUPTION,
          ExclusionGround.FRAUD,
          ExclusionGround.TERRORIST_OFFENCES,
          ExclusionGround.MONEY_LAUNDERING,
          ExclusionGround.CHILD_LABOUR_HUMAN_TRAFFICKING,
          ExclusionGround.PAYMENT_OF_TAXES,
          ExclusionGround.PAYMENT_OF_SOCIAL_SECURITY,
          ExclusionGround.BANKRUPTCY,
          ExclusionGround.INSOLVENCY,
          ExclusionGround.PROFESSIONAL_MISCONDUCT);

  enum Outcome {
    SATISFIED,
    MISSING,
    REPORTED
  }

  static Stream<Arguments> groundKindRegime() {
    List<Arguments> rows = new ArrayList<>();
    for (ProcurementType regime :
        List.of(ProcurementType.LOU, ProcurementType.LOU19, ProcurementType.LOV)) {
      for (ExclusionGround ground : REQUIRED) {
        boolean tax =
            ground == ExclusionGround.PAYMENT_OF_TAXES
                || ground == ExclusionGround.PAYMENT_OF_SOCIAL_SECURITY;
        // a Swedish party whose registries answered: REGISTRY counts for every ground
        rows.add(Arguments.of(ground, EvidenceKind.REGISTRY, regime, Outcome.SATISFIED));
        // a foreign party with only this piece of evidence declaring/certifying the ground absent
        rows.add(
            Arguments.of(
                ground,
                EvidenceKind.SWORN_STATEMENT,
                regime,
                regime == ProcurementType.LOU && tax ? Outcome.MISSING : Outcome.SATISFIED));
        rows.add(Arguments.of(ground, EvidenceKind.VENDOR_DOCUMENT, regime, Outcome.SATISFIED));
        rows.add(Arguments.of(ground, EvidenceKind.REGISTER_CHECK, regime, Outcome.SATISFIED));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} by {1} under {2} -> {3}")
  @MethodSource("groundKindRegime")
  void evidenceOfAKindSatisfiesAGroundUnderARegimeAsTheDefaultsSay(
      ExclusionGround ground, EvidenceKind kind, ProcurementType regime, Outcome expected) {
    PartyResult result;
    if (kind == EvidenceKind.REGISTRY) {
      result = screen(aVendor().under(regime).build(), regime, List.of());
    } else {
      result =
          screen(
              foreignVendor(regime),
              regime,
              List.of(new GroundEvidence(ground, GroundAnswer.ABSENT, basis(kind), null, null)));
    }

    List<Finding> missing = about(result, RuleId.EVIDENCE_MISSING.name(), ground);
    List<Finding> accepted = about(result, RuleId.EVIDENCE_ACCEPTED.name(), ground);
    if (expected == Outcome.SATISFIED) {
      assertThat(missing).isEmpty();
      if (kind != EvidenceKind.REGISTRY) {
        assertThat(accepted)
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.informational()).isTrue();
                  assertThat(f.basis()).extracting(EvidenceBasis::kind).containsExactly(kind);
                });
        // every other ground of the foreign party has nothing: still missing (fail closed)
        assertThat(
                result.findings().stream()
                    .filter(f -> f.ruleId().equals(RuleId.EVIDENCE_MISSING.name()))
                    .flatMap(f -> f.grounds().stream())
                    .toList())
            .containsExactlyInAnyOrderElementsOf(without(ground));
        assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
      } else {
        assertThat(result.ruleIds()).doesNotContain(RuleId.EVIDENCE_MISSING.name());
        assertThat(result.decision()).isEqualTo(Decision.CLEAR);
      }
    } else {
      assertThat(accepted).isEmpty();
      assertThat(missing)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.decision()).isEqualTo(Decision.INCOMPLETE);
                assertThat(f.evidence())
                    .containsEntry("ground", ground.code())
                    .containsEntry("accepted_kinds", "REGISTRY|VENDOR_DOCUMENT|REGISTER_CHECK");
              });
    }
  }

  @ParameterizedTest(name = "{0} reports a ground present -> GROUND_REPORTED")
  @EnumSource(
      value = EvidenceKind.class,
      names = {"VENDOR_DOCUMENT", "REGISTER_CHECK"})
  void aDocumentOrRegisterCheckReportingAGroundGivesGroundReportedReview(EvidenceKind kind) {
    PartyResult result =
        screen(
            aVendor().build(),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.PAYMENT_OF_TAXES,
                    GroundAnswer.PRESENT,
                    basis(kind),
                    null,
                    null)));

    assertThat(result.ruleIds()).containsExactly(RuleId.GROUND_REPORTED.name());
    Finding reported = result.findings().get(0);
    assertThat(reported.decision()).isEqualTo(Decision.REVIEW);
    assertThat(reported.grounds()).containsExactly(ExclusionGround.PAYMENT_OF_TAXES);
    assertThat(reported.basis()).extracting(EvidenceBasis::kind).containsExactly(kind);
    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void aGroundWithNoEvidenceAtAllIsIncomplete() {
    PartyResult result = screen(foreignVendor(ProcurementType.LOU), ProcurementType.LOU, List.of());

    List<Finding> missing =
        result.findings().stream()
            .filter(f -> f.ruleId().equals(RuleId.EVIDENCE_MISSING.name()))
            .toList();
    assertThat(missing).hasSize(REQUIRED.size());
    assertThat(missing).allSatisfy(f -> assertThat(f.decision()).isEqualTo(Decision.INCOMPLETE));
    assertThat(missing.stream().flatMap(f -> f.grounds().stream()))
        .containsExactlyInAnyOrderElementsOf(REQUIRED);
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
  }

  @Test
  void aFailedConvictionRegistryLeavesCheckFailedAndAValidStatementStillSatisfiesItsGround() {
    var registries = new InMemoryRegistries().failing(InMemoryRegistries.Check.CONVICTIONS);

    PartyResult without = screen(aVendor().build(), ProcurementType.LOU, List.of(), registries);
    PartyResult with =
        screen(
            aVendor().build(),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.FRAUD,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.statement(
                        "s.csv:2", AS_OF.minusMonths(1), "Ture Testsson", "nej"),
                    null,
                    null)),
            registries);

    // the registry does not count when it failed; CHECK_FAILED says so, not EVIDENCE_MISSING
    assertThat(without.ruleIds())
        .contains("CHECK_FAILED")
        .doesNotContain(RuleId.EVIDENCE_MISSING.name());
    assertThat(without.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(about(with, RuleId.EVIDENCE_ACCEPTED.name(), ExclusionGround.FRAUD)).hasSize(1);
    assertThat(about(with, RuleId.EVIDENCE_ACCEPTED.name(), ExclusionGround.CORRUPTION)).isEmpty();
  }

  @Test
  void aStatementCoveringOnlyOtherPersonsDoesNotContradictAConvictionOfSomeoneElse() {
    var registries =
        new InMemoryRegistries()
            .with(conviction(person(BOARD_MEMBER), "Ture Testsson", "FRAUD", AS_OF.minusMonths(3)));
    PartyResult result =
        screen(
            aVendor().build(),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.FRAUD,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.statement(
                        "s.csv:2", AS_OF.minusMonths(1), "Anna Andersson", "nej"),
                    null,
                    List.of("Anna Andersson"))),
            registries);

    assertThat(result.ruleIds())
        .contains("CONVICTION_MANDATORY")
        .doesNotContain(RuleId.FALSE_DECLARATION.name());
  }

  @Test
  void anExplicitValidUntilInThePastMakesADocumentExpired() {
    LocalDate issued = AS_OF.minusMonths(2);
    PartyResult result =
        screen(
            foreignVendor(ProcurementType.LOU),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.INSOLVENCY,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.document("AG-1", "Amtsgericht Hamburg", issued),
                    AS_OF.minusDays(1),
                    null)));

    assertThat(about(result, RuleId.EVIDENCE_ACCEPTED.name(), ExclusionGround.INSOLVENCY))
        .isEmpty();
    assertThat(about(result, RuleId.EVIDENCE_MISSING.name(), ExclusionGround.INSOLVENCY))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).containsEntry(EvidenceMarks.EXPIRED, "AG-1 " + issued);
              assertThat(f.summary()).contains(AS_OF.minusDays(1).toString());
            });
  }

  @Test
  void aContradictedStatementIsAFalseDeclarationUnderLou13Kap3Par8() {
    var party = aVendor().build();
    var registries =
        new InMemoryRegistries()
            .with(conviction(person(BOARD_MEMBER), "Ture Testsson", "FRAUD", AS_OF.minusMonths(3)));
    GroundEvidence declared =
        new GroundEvidence(
            ExclusionGround.FRAUD,
            GroundAnswer.ABSENT,
            EvidenceBasis.statement(
                "statements.csv:2", AS_OF.minusMonths(1), "Ture Testsson", "nej"),
            null,
            null);

    PartyResult result = screen(party, ProcurementType.LOU, List.of(declared), registries);

    assertThat(result.ruleIds()).contains("CONVICTION_MANDATORY");
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals(RuleId.FALSE_DECLARATION.name()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.decision()).isEqualTo(Decision.REVIEW);
              assertThat(f.legalBasis()).startsWith("LOU 13 kap. 3 § första stycket 8");
              assertThat(f.grounds())
                  .containsExactlyInAnyOrder(
                      ExclusionGround.MISREPRESENTATION, ExclusionGround.FRAUD);
              assertThat(f.evidence())
                  .containsEntry("declared_ground", ExclusionGround.FRAUD.code())
                  .containsEntry("declared_by", "Ture Testsson")
                  .containsEntry("statement", "statements.csv:2");
              assertThat(f.basis())
                  .extracting(EvidenceBasis::kind)
                  .contains(EvidenceKind.SWORN_STATEMENT, EvidenceKind.REGISTRY);
            });
  }

  @Test
  void aNameOnlyMatchDoesNotContradictAStatement() {
    var party =
        aVendor()
            .withRepresentative(
                se.vendorscreening.intake.RepresentativeRole.CEO,
                ScreeningFixtures.ANNA_1,
                "Anna Andersson")
            .build();
    var registries =
        new InMemoryRegistries()
            .with(conviction(null, "ANDERSSON, Anna", "FRAUD", LocalDate.of(2024, 1, 1)));
    GroundEvidence declared =
        new GroundEvidence(
            ExclusionGround.FRAUD,
            GroundAnswer.ABSENT,
            EvidenceBasis.statement(
                "statements.csv:2", AS_OF.minusMonths(1), "Anna Andersson", "nej"),
            null,
            null);

    PartyResult result = screen(party, ProcurementType.LOU, List.of(declared), registries);

    assertThat(result.ruleIds())
        .contains("POSSIBLE_MATCH")
        .doesNotContain(RuleId.FALSE_DECLARATION.name());
  }

  @Test
  void aDocumentReportingAGroundTheStatementDeclaredAbsentContradictsIt() {
    PartyResult result =
        screen(
            aVendor().build(),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.BANKRUPTCY,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.statement(
                        "s.csv:3", AS_OF.minusMonths(2), "Ture Testsson", "nej"),
                    null,
                    null),
                new GroundEvidence(
                    ExclusionGround.BANKRUPTCY,
                    GroundAnswer.PRESENT,
                    EvidenceBasis.document("KK-77", "Bolagsverket", AS_OF.minusMonths(1)),
                    null,
                    null)));

    assertThat(result.ruleIds())
        .containsExactlyInAnyOrder(RuleId.FALSE_DECLARATION.name(), RuleId.GROUND_REPORTED.name());
    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void aStatementOlderThanTwelveMonthsDoesNotCountAndIsNamedAsTooOld() {
    LocalDate signed = AS_OF.minusMonths(12).minusDays(1);
    PartyResult result =
        screen(
            foreignVendor(ProcurementType.LOU),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.FRAUD,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.statement("old.csv:4", signed, "Hans Müller", "nein"),
                    null,
                    null)));

    assertThat(about(result, RuleId.EVIDENCE_ACCEPTED.name(), ExclusionGround.FRAUD)).isEmpty();
    assertThat(about(result, RuleId.EVIDENCE_MISSING.name(), ExclusionGround.FRAUD))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.decision()).isEqualTo(Decision.INCOMPLETE);
              assertThat(f.evidence()).containsEntry(EvidenceMarks.EXPIRED, "old.csv:4 " + signed);
              assertThat(f.summary())
                  .contains("Hans Müller")
                  .contains(signed.toString())
                  .contains(signed.plusMonths(12).toString());
              assertThat(f.basis())
                  .extracting(EvidenceBasis::kind)
                  .contains(EvidenceKind.SWORN_STATEMENT);
            });
  }

  @Test
  void aStatementSignedExactlyTwelveMonthsAgoStillCounts() {
    LocalDate signed = AS_OF.minusMonths(12);
    PartyResult result =
        screen(
            foreignVendor(ProcurementType.LOU),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.FRAUD,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.statement("edge.csv:2", signed, "Hans Müller", "nein"),
                    null,
                    null)));

    assertThat(about(result, RuleId.EVIDENCE_MISSING.name(), ExclusionGround.FRAUD)).isEmpty();
    assertThat(about(result, RuleId.EVIDENCE_ACCEPTED.name(), ExclusionGround.FRAUD)).hasSize(1);
  }

  @Test
  void anExpiredStatementContradictsNothing() {
    var registries =
        new InMemoryRegistries()
            .with(conviction(person(BOARD_MEMBER), "Ture Testsson", "FRAUD", AS_OF.minusMonths(3)));
    PartyResult result =
        screen(
            aVendor().build(),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.FRAUD,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.statement(
                        "old.csv:2", AS_OF.minusMonths(13), "Ture Testsson", "nej"),
                    null,
                    null)),
            registries);

    assertThat(result.ruleIds())
        .contains("CONVICTION_MANDATORY")
        .doesNotContain(RuleId.FALSE_DECLARATION.name());
  }

  @Test
  void aForeignVendorsOwnDocumentSatisfiesTheGroundItCoversAndNoOther() {
    PartyResult result =
        screen(
            foreignVendor(ProcurementType.LOU),
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.PAYMENT_OF_TAXES,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.document(
                        "FA-2026-118", "Finanzamt München", AS_OF.minusMonths(2)),
                    null,
                    null)));

    assertThat(about(result, RuleId.EVIDENCE_MISSING.name(), ExclusionGround.PAYMENT_OF_TAXES))
        .isEmpty();
    assertThat(about(result, RuleId.EVIDENCE_ACCEPTED.name(), ExclusionGround.PAYMENT_OF_TAXES))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("reference", "FA-2026-118"));
    assertThat(
            about(
                result, RuleId.EVIDENCE_MISSING.name(), ExclusionGround.PAYMENT_OF_SOCIAL_SECURITY))
        .singleElement()
        .satisfies(f -> assertThat(f.decision()).isEqualTo(Decision.INCOMPLETE));
  }

  @Test
  void aStatementNamingOnlySomeOfTheCircleDoesNotSatisfyAConvictionGround() {
    var party =
        foreignVendorBuilder(ProcurementType.LOU)
            .withForeignRepresentative(
                se.vendorscreening.intake.RepresentativeRole.CEO,
                "Hans Müller",
                LocalDate.of(1970, 1, 1))
            .withForeignRepresentative(
                se.vendorscreening.intake.RepresentativeRole.BOARD,
                "Greta Schmidt",
                LocalDate.of(1972, 2, 2))
            .build();
    PartyResult result =
        screen(
            party,
            ProcurementType.LOU,
            List.of(
                new GroundEvidence(
                    ExclusionGround.CORRUPTION,
                    GroundAnswer.ABSENT,
                    EvidenceBasis.statement("s.csv:2", AS_OF.minusMonths(1), "Hans Müller", "nein"),
                    null,
                    List.of("hans  müller"))));

    assertThat(about(result, RuleId.EVIDENCE_MISSING.name(), ExclusionGround.CORRUPTION))
        .singleElement()
        .satisfies(f -> assertThat(f.summary()).contains("Greta Schmidt"));
  }

  enum Party {
    /** A German company: the Swedish credit agency holds nothing on it, nor do the registries. */
    FOREIGN,
    /** A Swedish company the credit agency holds no record of (its other registries answered). */
    SWEDISH_WITHOUT_RECORD
  }

  static Stream<Arguments> noFinancialRecordAndOtherEvidence() {
    LocalDate recent = AS_OF.minusMonths(2);
    GroundEvidence bankruptcyDocument =
        new GroundEvidence(
            ExclusionGround.BANKRUPTCY,
            GroundAnswer.ABSENT,
            EvidenceBasis.document("AG-2026-09", "Amtsgericht Hamburg", recent),
            null,
            null);
    GroundEvidence insolvencyDocument =
        new GroundEvidence(
            ExclusionGround.INSOLVENCY,
            GroundAnswer.ABSENT,
            EvidenceBasis.document("AG-2026-09", "Amtsgericht Hamburg", recent),
            null,
            null);
    GroundEvidence oldBankruptcyDocument =
        new GroundEvidence(
            ExclusionGround.BANKRUPTCY,
            GroundAnswer.ABSENT,
            EvidenceBasis.document("AG-2025-01", "Amtsgericht Hamburg", AS_OF.minusMonths(13)),
            null,
            null);
    GroundEvidence oldInsolvencyDocument =
        new GroundEvidence(
            ExclusionGround.INSOLVENCY,
            GroundAnswer.ABSENT,
            EvidenceBasis.document("AG-2025-01", "Amtsgericht Hamburg", AS_OF.minusMonths(13)),
            null,
            null);
    GroundEvidence bankruptcyStatement =
        new GroundEvidence(
            ExclusionGround.BANKRUPTCY,
            GroundAnswer.ABSENT,
            EvidenceBasis.statement("s.csv:2", recent, "Ture Testsson", "nej"),
            null,
            null);
    GroundEvidence insolvencyStatement =
        new GroundEvidence(
            ExclusionGround.INSOLVENCY,
            GroundAnswer.ABSENT,
            EvidenceBasis.statement("s.csv:3", recent, "Ture Testsson", "nej"),
            null,
            null);
    GroundEvidence bankruptcyReported =
        new GroundEvidence(
            ExclusionGround.BANKRUPTCY,
            GroundAnswer.PRESENT,
            EvidenceBasis.document("AG-2026-10", "Amtsgericht Hamburg", recent),
            null,
            null);
    GroundEvidence insolvencyChecked =
        new GroundEvidence(
            ExclusionGround.INSOLVENCY,
            GroundAnswer.ABSENT,
            EvidenceBasis.registerCheck("BV-RK-1", "Bolagsverket", recent),
            null,
            null);
    GroundEvidence bankruptcyChecked =
        new GroundEvidence(
            ExclusionGround.BANKRUPTCY,
            GroundAnswer.ABSENT,
            EvidenceBasis.registerCheck("BV-RK-2", "Bolagsverket", recent),
            null,
            null);
    Set<ExclusionGround> both = EnumSet.of(ExclusionGround.BANKRUPTCY, ExclusionGround.INSOLVENCY);
    Set<ExclusionGround> none = EnumSet.noneOf(ExclusionGround.class);
    Set<ExclusionGround> economicStanding = EnumSet.of(ExclusionGround.NATIONAL_OTHER);
    // party, evidence, regime -> FINANCIAL_NO_DATA's grounds, grounds EVIDENCE_MISSING, accepted
    return Stream.of(
        // the sample's Baltic Facade Systems GmbH: its own documents answer both grounds
        Arguments.of(
            Party.FOREIGN,
            List.of(bankruptcyDocument, insolvencyDocument),
            ProcurementType.LOU,
            economicStanding,
            none,
            both),
        // one document answers its ground; the other stays unanswered on the finding, and missing
        Arguments.of(
            Party.FOREIGN,
            List.of(bankruptcyDocument),
            ProcurementType.LOU,
            EnumSet.of(ExclusionGround.INSOLVENCY),
            EnumSet.of(ExclusionGround.INSOLVENCY),
            EnumSet.of(ExclusionGround.BANKRUPTCY)),
        Arguments.of(Party.FOREIGN, List.of(), ProcurementType.LOU, both, both, none),
        // too old: answers nothing
        Arguments.of(
            Party.FOREIGN,
            List.of(oldBankruptcyDocument, oldInsolvencyDocument),
            ProcurementType.LOU,
            both,
            both,
            none),
        // a document saying the ground applies answers nothing (GROUND_REPORTED says it)
        Arguments.of(
            Party.FOREIGN,
            List.of(bankruptcyReported, insolvencyDocument),
            ProcurementType.LOU,
            EnumSet.of(ExclusionGround.BANKRUPTCY),
            EnumSet.of(ExclusionGround.BANKRUPTCY),
            EnumSet.of(ExclusionGround.INSOLVENCY)),
        // a statement counts for bankruptcy and insolvency under every regime by default
        Arguments.of(
            Party.FOREIGN,
            List.of(bankruptcyStatement, insolvencyStatement),
            ProcurementType.LOV,
            economicStanding,
            none,
            both),
        // a Swedish company: the registry answered (no record), so nothing is missing, and the
        // finding keeps both grounds until other evidence answers them
        Arguments.of(
            Party.SWEDISH_WITHOUT_RECORD, List.of(), ProcurementType.LOU, both, none, none),
        Arguments.of(
            Party.SWEDISH_WITHOUT_RECORD,
            List.of(bankruptcyChecked, insolvencyChecked),
            ProcurementType.LOU,
            economicStanding,
            none,
            both),
        Arguments.of(
            Party.SWEDISH_WITHOUT_RECORD,
            List.of(insolvencyChecked),
            ProcurementType.LOU19,
            EnumSet.of(ExclusionGround.BANKRUPTCY),
            none,
            EnumSet.of(ExclusionGround.INSOLVENCY)));
  }

  @ParameterizedTest(name = "[{index}] {0} with {1} under {2}: FINANCIAL_NO_DATA about {3}")
  @MethodSource("noFinancialRecordAndOtherEvidence")
  void aMissingFinancialRecordStandsOnlyForTheGroundsNoAcceptedEvidenceAnswers(
      Party kind,
      List<GroundEvidence> items,
      ProcurementType regime,
      Set<ExclusionGround> noDataGrounds,
      Set<ExclusionGround> missingGrounds,
      Set<ExclusionGround> acceptedGrounds) {
    RegisteredParty party =
        kind == Party.FOREIGN ? foreignVendor(regime) : aVendor().under(regime).build();
    InMemoryRegistries registries = new InMemoryRegistries().withoutFinancialRecord();

    PartyResult result = screen(party, regime, items, registries);

    Finding noData =
        result.findings().stream()
            .filter(f -> f.ruleId().equals(FinancialNoDataRule.ID.name()))
            .findFirst()
            .orElseThrow();
    // the economic standing still cannot be assessed: REVIEW, whatever answered the grounds
    assertThat(noData.informational()).isFalse();
    assertThat(noData.decision()).isEqualTo(Decision.REVIEW);
    assertThat(noData.grounds()).containsExactlyInAnyOrderElementsOf(noDataGrounds);
    if (acceptedGrounds.isEmpty()) {
      assertThat(noData.evidence()).doesNotContainKey(GroundJudge.ANSWERED_BY);
    } else {
      assertThat(noData.evidence()).containsKey(GroundJudge.ANSWERED_BY);
      assertThat(noData.summary()).contains("styrks av annat underlag");
      assertThat(noData.evidenceKinds()).hasSizeGreaterThan(1);
    }
    for (ExclusionGround ground : List.of(ExclusionGround.BANKRUPTCY, ExclusionGround.INSOLVENCY)) {
      assertThat(about(result, RuleId.EVIDENCE_MISSING.name(), ground))
          .as("missing %s", ground)
          .hasSize(missingGrounds.contains(ground) ? 1 : 0);
      assertThat(about(result, RuleId.EVIDENCE_ACCEPTED.name(), ground))
          .as("accepted %s", ground)
          .hasSize(acceptedGrounds.contains(ground) ? 1 : 0);
    }
    // bankruptcy and insolvency leave results.csv's grounds only where still unanswered
    Set<String> open = new java.util.TreeSet<>();
    noDataGrounds.stream()
        .filter(g -> g != ExclusionGround.NATIONAL_OTHER)
        .forEach(g -> open.add(g.code()));
    missingGrounds.forEach(g -> open.add(g.code()));
    result.findings().stream()
        .filter(f -> f.ruleId().equals(RuleId.GROUND_REPORTED.name()))
        .forEach(f -> f.grounds().forEach(g -> open.add(g.code())));
    assertThat(
            result.exclusionGrounds().stream().filter(code -> code.contains(".BUSINESS.")).toList())
        .containsExactlyElementsOf(open);
  }

  @Test
  void aFailedFinancialCheckStaysIncompleteWhateverDocumentsSay() {
    var registries = new InMemoryRegistries().failing(InMemoryRegistries.Check.FINANCIAL_STANDING);
    List<GroundEvidence> documents =
        List.of(
            new GroundEvidence(
                ExclusionGround.BANKRUPTCY,
                GroundAnswer.ABSENT,
                EvidenceBasis.document("BV-1", "Bolagsverket", AS_OF.minusMonths(1)),
                null,
                null),
            new GroundEvidence(
                ExclusionGround.INSOLVENCY,
                GroundAnswer.ABSENT,
                EvidenceBasis.document("BV-1", "Bolagsverket", AS_OF.minusMonths(1)),
                null,
                null));

    PartyResult result = screen(aVendor().build(), ProcurementType.LOU, documents, registries);

    // no CLEAR nobody earned: the check did not run, so CHECK_FAILED stands (INCOMPLETE)
    assertThat(result.ruleIds())
        .contains("CHECK_FAILED")
        .doesNotContain(FinancialNoDataRule.ID.name());
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
  }

  // --- helpers

  private static RegisteredParty foreignVendor(ProcurementType regime) {
    return foreignVendorBuilder(regime).build();
  }

  private static ScreeningFixtures.PartyBuilder foreignVendorBuilder(ProcurementType regime) {
    return aVendor().under(regime).foreign("DE", "HRB-123456", "Müller Bau GmbH");
  }

  private static EvidenceBasis basis(EvidenceKind kind) {
    LocalDate date = AS_OF.minusMonths(1);
    return switch (kind) {
      case SWORN_STATEMENT ->
          EvidenceBasis.statement("statements.csv:2", date, "Hans Müller", "nej");
      case VENDOR_DOCUMENT -> EvidenceBasis.document("DOC-1", "Finanzamt München", date);
      case REGISTER_CHECK -> EvidenceBasis.registerCheck("RC-1", "Bolagsverket", date);
      case REGISTRY -> throw new IllegalArgumentException("registry answers come from registries");
    };
  }

  private static List<ExclusionGround> without(ExclusionGround ground) {
    return REQUIRED.stream().filter(g -> g != ground).toList();
  }

  private static List<Finding> about(PartyResult result, String ruleId, ExclusionGround ground) {
    return result.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId) && f.grounds().contains(ground))
        .toList();
  }

  private static PartyResult screen(
      RegisteredParty party, ProcurementType regime, List<GroundEvidence> items) {
    return screen(party, regime, items, new InMemoryRegistries());
  }

  /** Screens the party the way the screen job does, with the statements/documents added. */
  private static PartyResult screen(
      RegisteredParty party,
      ProcurementType regime,
      List<GroundEvidence> items,
      InMemoryRegistries registries) {
    RuleContext context =
        new RuleContext(
            regime, AS_OF, RULES, FindingTexts.standalone(Locale.forLanguageTag("sv-SE")));
    PartyEvidence evidence =
        new EvidenceCollector(registries.registries(), SubjectMatcher.of(RULES.matching()), AS_OF)
            .collect(party)
            .with(items, List.of());
    return new PartyScreener().result(evidence, context, List.of());
  }
}
