package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.registry.CompanyStatus;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.matching.SubjectMatcher;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.OrganisationNumber;
import se.vendorscreening.shared.PersonalIdentityNumber;
import se.vendorscreening.shared.ProcurementType;

/** Builders for parties and registry records; persons only with Skatteverket's test numbers. */
public final class ScreeningFixtures {

  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  public static final RuleSet RULES = RuleSetLoader.load(null, null);
  public static final String VENDOR_ORG = "5545995457";
  public static final String SUBCONTRACTOR_ORG = "5530519478";
  public static final String ANNA_1 = "197501079292";
  public static final String ANNA_2 = "197501149285";
  public static final String CENTENARIAN_WITH_PLUS = "200101+1564";
  public static final String COORDINATION_NUMBER = "198001662397";

  /**
   * The board member every built party has unless a test names its own representatives or none:
   * without one, every party would be INCOMPLETE (REPRESENTATIVES_MISSING).
   */
  public static final String BOARD_MEMBER = "197001239297";

  private ScreeningFixtures() {}

  public static RuleContext context() {
    return new RuleContext(
        ProcurementType.LOU, AS_OF, RULES, FindingTexts.standalone(Locale.forLanguageTag("sv-SE")));
  }

  public static PartyBuilder aVendor() {
    return new PartyBuilder(PartyRole.VENDOR, VENDOR_ORG, "Södertörns Fasad och Tak AB");
  }

  public static PartyBuilder aSubcontractor() {
    return new PartyBuilder(
            PartyRole.SUBCONTRACTOR, SUBCONTRACTOR_ORG, "Solgårdens Ställningsbygge AB")
        .withParent(VENDOR_ORG);
  }

  public static PersonalIdentityNumber person(String number) {
    return PersonalIdentityNumber.parse(number, AS_OF);
  }

  public static ConvictionRecord conviction(
      IdentityNumber subject, String name, String category, LocalDate finalDate) {
    LocalDate judgment = finalDate == null ? AS_OF.minusMonths(2) : finalDate.minusMonths(1);
    return new ConvictionRecord(
        subject,
        name,
        null,
        category,
        "description",
        judgment,
        finalDate,
        "Södertörns tingsrätt",
        "B 1234-22");
  }

  public static TaxDebt debt(DebtType type, long amount, boolean finalDecision) {
    return new TaxDebt(
        OrganisationNumber.parse(VENDOR_ORG),
        "Södertörns Fasad och Tak AB",
        type,
        BigDecimal.valueOf(amount),
        LocalDate.of(2026, 6, 1),
        finalDecision,
        "KFM-" + amount);
  }

  public static FinancialStanding standing(
      CompanyStatus status, boolean fTax, int riskClass, long revenue) {
    return new FinancialStanding(
        OrganisationNumber.parse(VENDOR_ORG),
        status,
        fTax,
        true,
        true,
        riskClass,
        BigDecimal.valueOf(revenue),
        BigDecimal.valueOf(1_000_000),
        LocalDate.of(2026, 10, 1));
  }

  public static FinancialStanding healthyStanding() {
    return standing(CompanyStatus.ACTIVE, true, 4, 50_000_000);
  }

  public static FinancialStanding healthyStanding(String orgNo) {
    FinancialStanding healthy = healthyStanding();
    return new FinancialStanding(
        OrganisationNumber.parse(orgNo),
        healthy.status(),
        true,
        true,
        true,
        4,
        healthy.revenueSek(),
        healthy.equitySek(),
        healthy.ratingDate());
  }

  public static NetworkAssessment assessment(
      IdentityNumber subject, String name, Set<Integer> criteria) {
    return new NetworkAssessment(
        "N-17", subject, name, criteria, LocalDate.of(2026, 9, 1), "Lokal samverkan");
  }

  /** Screens the party against the records, the way the screen job does. */
  public static PartyResult screen(RegisteredParty party, InMemoryRegistries registries) {
    return screen(party, registries, context());
  }

  public static PartyResult screen(
      RegisteredParty party, InMemoryRegistries registries, RuleContext context) {
    return screen(party, registries, context, List.of());
  }

  /** Screens the party with the officers' overrides recorded for it. */
  public static PartyResult screen(
      RegisteredParty party,
      InMemoryRegistries registries,
      List<se.vendorscreening.screening.AppliedOverride> overrides) {
    return screen(party, registries, context(), overrides);
  }

  public static PartyResult screen(
      RegisteredParty party,
      InMemoryRegistries registries,
      RuleContext context,
      List<se.vendorscreening.screening.AppliedOverride> overrides) {
    SubjectMatcher matcher = SubjectMatcher.of(context.rules().matching());
    PartyEvidence evidence =
        new EvidenceCollector(registries.registries(), matcher, context.asOf()).collect(party);
    return new PartyScreener().result(evidence, context, overrides);
  }

  public static final class PartyBuilder {
    private final PartyRole role;
    private IdentityNumber number;
    private String name;
    private String country = "SE";
    private String foreignId;
    private String parent;
    private ProcurementType type = ProcurementType.LOU;
    private final List<RegisteredRepresentative> representatives = new ArrayList<>();
    private boolean withoutRepresentatives;
    private final List<Contract> contracts = new ArrayList<>();

    PartyBuilder(PartyRole role, String number, String name) {
      this.role = role;
      this.number = IdentityNumber.parse(number);
      this.name = name;
      if (role == PartyRole.VENDOR) {
        contracts.add(
            new Contract(
                "AVT-1",
                ContractStatus.ACTIVE,
                LocalDate.of(2026, 3, 1),
                null,
                BigDecimal.valueOf(1_000_000)));
      }
    }

    public PartyBuilder withParent(String parentNumber) {
      this.parent = parentNumber;
      return this;
    }

    public PartyBuilder under(ProcurementType type) {
      this.type = type;
      return this;
    }

    public PartyBuilder foreign(String country, String foreignId, String name) {
      this.number = null;
      this.country = country;
      this.foreignId = foreignId;
      this.name = name;
      return this;
    }

    public PartyBuilder withRepresentative(RepresentativeRole role, String personId, String name) {
      PersonalIdentityNumber id = personId == null ? null : person(personId);
      representatives.add(
          new RegisteredRepresentative(
              id, name, id == null ? null : id.birthDate().orElse(null), role));
      return this;
    }

    /** No representative at all: not even the default board member. */
    public PartyBuilder withoutRepresentatives() {
      this.withoutRepresentatives = true;
      this.representatives.clear();
      return this;
    }

    public PartyBuilder withForeignRepresentative(
        RepresentativeRole role, String name, LocalDate birth) {
      representatives.add(new RegisteredRepresentative(null, name, birth, role));
      return this;
    }

    public RegisteredParty build() {
      List<RegisteredRepresentative> circle = new ArrayList<>(representatives);
      if (circle.isEmpty() && !withoutRepresentatives) {
        PersonalIdentityNumber boardMember = person(BOARD_MEMBER);
        circle.add(
            new RegisteredRepresentative(
                boardMember,
                "Ture Testsson",
                boardMember.birthDate().orElse(null),
                RepresentativeRole.BOARD));
      }
      return new RegisteredParty(
          "KS-2026/317",
          type,
          "Test",
          number,
          country,
          foreignId,
          name,
          role,
          parent,
          circle,
          contracts);
    }
  }

  /**
   * Registries holding records in memory: every record is a candidate, as a blocking index hands
   * over.
   */
  public static final class InMemoryRegistries {
    private final List<ConvictionRecord> convictions = new ArrayList<>();
    private final List<TaxDebt> debts = new ArrayList<>();
    private final List<FinancialStanding> standings =
        new ArrayList<>(List.of(healthyStanding(), healthyStanding(SUBCONTRACTOR_ORG)));
    private final List<NetworkAssessment> assessments = new ArrayList<>();
    private final EnumSet<Check> failing = EnumSet.noneOf(Check.class);

    enum Check {
      TAX_ARREARS,
      CONVICTIONS,
      FINANCIAL_STANDING,
      NETWORK_ASSESSMENTS
    }

    public InMemoryRegistries with(ConvictionRecord record) {
      convictions.add(record);
      return this;
    }

    public InMemoryRegistries with(TaxDebt record) {
      debts.add(record);
      return this;
    }

    public InMemoryRegistries withOnly(FinancialStanding record) {
      standings.removeIf(s -> s.orgNo().canonical().equals(record.orgNo().canonical()));
      standings.add(record);
      return this;
    }

    public InMemoryRegistries withoutFinancialRecord() {
      standings.clear();
      return this;
    }

    public InMemoryRegistries with(NetworkAssessment record) {
      assessments.add(record);
      return this;
    }

    public InMemoryRegistries failing(Check check) {
      failing.add(check);
      return this;
    }

    public Registries registries() {
      return new Registries(
          s -> answer(Check.TAX_ARREARS, debts),
          s -> answer(Check.CONVICTIONS, convictions),
          s -> answer(Check.FINANCIAL_STANDING, standings),
          s -> answer(Check.NETWORK_ASSESSMENTS, assessments),
          "file",
          List.of());
    }

    private <T> RegistryAnswer<T> answer(Check check, List<T> records) {
      if (failing.contains(check)) {
        throw new RegistryCheckFailedException(check.name(), "HTTP 503 after 3 attempts", null);
      }
      return new RegistryAnswer<>(
          records, new Evidence(check.name(), "test/" + check.name(), Instant.EPOCH, "0", null));
    }
  }
}
