package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.AS_OF;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.BOARD_MEMBER;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.VENDOR_ORG;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.RegisterCheck;
import se.vendorscreening.registry.RegisterCheckAnswer;
import se.vendorscreening.registry.RegisterCheckOutcome;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.screening.EvidenceKind;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.matching.SubjectMatcher;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.ProcurementType;
import se.vendorscreening.shared.RuleId;

/**
 * The register check's answers as evidence per ground (docs/register-check.md): YES reports the
 * ground, NO for the company and its whole circle satisfies it where the registries do not, an
 * answer past its last day or a check that could not answer satisfies nothing.
 */
class RegisterCheckEvidenceTests {

  private static final String CORRUPTION = ExclusionGround.CORRUPTION.code();
  private static final String TAXES = ExclusionGround.PAYMENT_OF_TAXES.code();

  /** Answers by subject number: every ground of the list for everyone asked. */
  private static final class Answers implements RegisterCheck {
    final Map<String, List<RegisterCheckAnswer>> bySubject = new java.util.HashMap<>();
    boolean failing;

    Answers answer(String number, String ground, RegisterCheckOutcome outcome, LocalDate until) {
      IdentityNumber id = IdentityNumber.parse(number);
      bySubject
          .computeIfAbsent(id.canonical(), k -> new ArrayList<>())
          .add(
              new RegisterCheckAnswer(
                  id,
                  null,
                  ground,
                  outcome,
                  "BV-RK-" + number + "-" + ground.substring(ground.lastIndexOf('.') + 1),
                  LocalDate.of(2026, 11, 20),
                  until));
      return this;
    }

    /** The same answer for every ground the default rules require, for the company and circle. */
    Answers allGrounds(RegisterCheckOutcome outcome, LocalDate until) {
      for (ExclusionGround ground : ExclusionGround.values()) {
        answer(VENDOR_ORG, ground.code(), outcome, until);
        answer(BOARD_MEMBER, ground.code(), outcome, until);
      }
      return this;
    }

    @Override
    public RegistryAnswer<RegisterCheckAnswer> answersAbout(
        se.vendorscreening.registry.Subject subject) {
      if (failing) {
        throw new RegistryCheckFailedException(
            RegistryChecks.REGISTER_CHECK, "HTTP 503 after 3 attempts", null);
      }
      return new RegistryAnswer<>(
          bySubject.getOrDefault(subject.identityNumber().canonical(), List.of()),
          new Evidence(RegistryChecks.REGISTER_CHECK, "test", Instant.EPOCH, "0", null));
    }
  }

  private static PartyResult screen(RegisteredParty party, Answers check, RuleContext context) {
    Registries plain = new InMemoryRegistries().registries();
    Registries registries =
        new Registries(
            plain.taxArrears(),
            plain.convictions(),
            plain.financialStanding(),
            plain.networkAssessments(),
            plain.mode(),
            plain.sources(),
            check);
    PartyEvidence evidence =
        new EvidenceCollector(
                registries, SubjectMatcher.of(context.rules().matching()), context.asOf())
            .collect(party);
    return new PartyScreener().result(evidence, context, List.of());
  }

  /** Rules under which the registries cover no country: every ground needs other evidence. */
  private static RuleContext registriesCoverNobody() throws Exception {
    try (InputStream in =
        RuleSetLoader.class.getClassLoader().getResourceAsStream("rules/rules.yml")) {
      Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      @SuppressWarnings("unchecked")
      Map<String, Object> evidence = (Map<String, Object>) yaml.get("evidence");
      evidence.put("registry-countries", List.of());
      return new RuleContext(
          ProcurementType.LOU,
          AS_OF,
          RuleSetLoader.fromYaml(yaml, null),
          FindingTexts.standalone(Locale.forLanguageTag("sv-SE")));
    }
  }

  @Test
  void aYesAboutAPersonOfTheCircleReportsTheGroundWithTheCheckAsEvidence() {
    // given
    Answers check =
        new Answers()
            .allGrounds(RegisterCheckOutcome.NO, null)
            .answer(BOARD_MEMBER, CORRUPTION, RegisterCheckOutcome.YES, null);

    // when
    PartyResult result = screen(aVendor().build(), check, ScreeningFixtures.context());

    // then
    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
    Finding reported =
        result.findings().stream()
            .filter(f -> f.is(RuleId.GROUND_REPORTED))
            .findFirst()
            .orElseThrow();
    assertThat(reported.grounds()).containsExactly(ExclusionGround.CORRUPTION);
    assertThat(reported.basis())
        .singleElement()
        .satisfies(
            basis -> {
              assertThat(basis.kind()).isEqualTo(EvidenceKind.REGISTER_CHECK);
              assertThat(basis.issuer()).isEqualTo("Bolagsverket");
              assertThat(basis.reference()).isEqualTo("BV-RK-197001239297-CORRUPTION");
              assertThat(basis.date()).isEqualTo(LocalDate.of(2026, 11, 20));
            });
    assertThat(reported.evidence()).containsEntry("register_check", CORRUPTION + "=YES");
  }

  @Test
  void noForTheCompanyAndItsCircleSatisfiesTheGroundsTheRegistriesCannot() throws Exception {
    // given
    Answers check = new Answers().allGrounds(RegisterCheckOutcome.NO, null);

    // when
    PartyResult result = screen(aVendor().build(), check, registriesCoverNobody());

    // then
    assertThat(result.decision()).isEqualTo(Decision.CLEAR);
    List<Finding> accepted =
        result.findings().stream().filter(f -> f.is(RuleId.EVIDENCE_ACCEPTED)).toList();
    assertThat(accepted).isNotEmpty().allMatch(Finding::informational);
    assertThat(accepted)
        .extracting(f -> f.evidence().get("register_check"))
        .contains(CORRUPTION + "=NO", TAXES + "=NO");
  }

  @Test
  void withoutTheCheckTheSameRulesLeaveThePartyIncomplete() throws Exception {
    // when
    PartyResult result = screen(aVendor().build(), new Answers(), registriesCoverNobody());

    // then
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(result.findings()).anyMatch(f -> f.is(RuleId.EVIDENCE_MISSING));
  }

  @Test
  void aNoForTheCompanyAloneDoesNotCoverTheCircleForAConvictionGround() throws Exception {
    // given: the board member was never answered for
    Answers check = new Answers();
    for (ExclusionGround ground : ExclusionGround.values()) {
      check.answer(VENDOR_ORG, ground.code(), RegisterCheckOutcome.NO, null);
    }

    // when
    PartyResult result = screen(aVendor().build(), check, registriesCoverNobody());

    // then
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(result.findings())
        .filteredOn(f -> f.is(RuleId.EVIDENCE_MISSING))
        .extracting(f -> f.evidence().get("ground"))
        .contains(CORRUPTION)
        .doesNotContain(TAXES);
  }

  @Test
  void anUnknownAnswerSatisfiesNothing() throws Exception {
    // given
    Answers check = new Answers().allGrounds(RegisterCheckOutcome.UNKNOWN, null);

    // when
    PartyResult result = screen(aVendor().build(), check, registriesCoverNobody());

    // then
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(result.findings()).noneMatch(f -> f.is(RuleId.EVIDENCE_ACCEPTED));
  }

  @Test
  void anAnswerPastItsLastDayIsExpiredEvidenceAndTheGroundIncomplete() throws Exception {
    // given
    Answers check = new Answers().allGrounds(RegisterCheckOutcome.NO, AS_OF.minusDays(1));

    // when
    PartyResult result = screen(aVendor().build(), check, registriesCoverNobody());

    // then
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(result.findings())
        .filteredOn(f -> f.is(RuleId.EVIDENCE_MISSING))
        .allSatisfy(f -> assertThat(f.evidence()).containsKey(EvidenceMarks.EXPIRED))
        .isNotEmpty();
  }

  @Test
  void aCheckThatCannotAnswerFailsClosed() {
    // given
    Answers check = new Answers();
    check.failing = true;

    // when
    PartyResult result = screen(aVendor().build(), check, ScreeningFixtures.context());

    // then
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals(CheckFailedRule.ID.name()))
        .extracting(f -> f.evidence().get("check"))
        .containsOnly(RegistryChecks.REGISTER_CHECK);
  }
}
