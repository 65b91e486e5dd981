package se.vendorscreening.generator.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants one flag or decoy on a company: the registry records that must (or must not) fire a rule,
 * and the row of {@code expected.csv} (or {@code decoys.csv}) that says so. Dates keep well clear
 * of the lookback limits, so that the expected decision does not hang on a day.
 */
final class Planter {

  private static final List<String> DEFINITION_MET =
      List.of("1,2,3,4,6,9", "1,2,3,4,5,6,8", "1,2,3,4,6,9,10", "1,2,3,4,7,11");
  private static final String DEFINITION_NOT_MET = "1,2,4,6,8,9,10"; // criterion 3 missing
  private static final List<String> BAD_STATUSES =
      List.of("BANKRUPT", "LIQUIDATION", "RECONSTRUCTION", "DEREGISTERED");

  private final CsvOutputs out;
  private final RegistryRecords records;
  private final RandomValues values;
  private final SplittableRandom random;
  private final Names names;
  private final RegistryNoise noise;
  private int reservedCompanies;
  private int reservedPersons;
  private int reservedForeignPersons;
  private int convictions;
  private int debts;

  Planter(
      CsvOutputs out,
      RegistryRecords records,
      RandomValues values,
      Names names,
      RegistryNoise noise) {
    this.out = out;
    this.records = records;
    this.values = values;
    this.random = values.random();
    this.names = names;
    this.noise = noise;
  }

  int nextReservedCompany() {
    return reservedCompanies++;
  }

  int convictionsWritten() {
    return convictions;
  }

  int debtsWritten() {
    return debts;
  }

  /** Plants the kind on a subcontractor, and SUBCONTRACTOR_FLAGGED on its vendor. */
  void plantOnSubcontractor(
      Plant plant,
      Company subcontractor,
      Company vendor,
      List<Representative> representatives,
      String type,
      String person) {
    Plant onCompany =
        switch (plant) {
          case SUBCONTRACTOR_CORPORATE_FINE -> Plant.CONVICTION_MANDATORY_COMPANY;
          case SUBCONTRACTOR_TAX_UNPAID_FINAL -> Plant.TAX_UNPAID_FINAL;
          default -> Plant.CONVICTION_OTHER_REPRESENTATIVE;
        };
    plant(onCompany, subcontractor, representatives, type, 0, person);
    out.expected.write(
        vendor.formatted(),
        "SUBCONTRACTOR_FLAGGED",
        "REVIEW",
        "subcontractor " + subcontractor.formatted() + " " + onCompany.ruleId());
  }

  /** Plants the kind on the company; financial kinds take effect in {@link #financialStanding}. */
  void plant(
      Plant plant,
      Company company,
      List<Representative> representatives,
      String type,
      long value,
      String person) {
    convictions = 0;
    debts = 0;
    String note =
        switch (plant) {
          case CONVICTION_MANDATORY_REPRESENTATIVE, CONVICTION_MANDATORY_COORDINATION_NUMBER ->
              personConviction(
                  representatives, person, Offences.MANDATORY, values.daysBefore(30, 1640));
          case CONVICTION_MANDATORY_COMPANY ->
              corporateFine(company, Offences.CORPORATE_MANDATORY, values.daysBefore(30, 1640));
          case CONVICTION_MANDATORY_FOREIGN_PERSON -> foreignPerson(representatives);
          case CONVICTION_PENDING -> pendingConviction(representatives, person);
          case CONVICTION_OTHER_REPRESENTATIVE ->
              personConviction(
                  representatives, person, Offences.PROFESSIONAL, values.daysBefore(30, 1000));
          case CONVICTION_OTHER_COMPANY ->
              corporateFine(company, Offences.CORPORATE_PROFESSIONAL, values.daysBefore(30, 1000));
          case TAX_UNPAID_FINAL ->
              debt(
                  company, values.percent(70) ? "TAX" : "SOCIAL_SECURITY", 15_000, 3_000_000, true);
          case TAX_UNPAID_FINAL_SUMMED -> summedDebts(company);
          case TAX_UNPAID ->
              values.percent(50)
                  ? debt(company, "TAX", 20_000, 900_000, false)
                  : debt(company, "SOCIAL_SECURITY", 1_000, 10_000, true);
          case ENFORCEMENT_DEBT ->
              debt(
                  company,
                  values.percent(50) ? "OTHER_PUBLIC" : "PRIVATE",
                  5_000,
                  800_000,
                  values.percent(60));
          case ORGANISED_CRIME_REPRESENTATIVE ->
              network(representatives, person, values.pick(DEFINITION_MET));
          case ORGANISED_CRIME_COMPANY -> companyNetwork(company);
          case POSSIBLE_MATCH_COMPANY -> nameOnlyCompany(company);
          case POSSIBLE_MATCH_PERSON -> nameOnlyPerson(representatives, person);
          case DECOY_CONVICTION_OUTSIDE_FIVE_YEARS ->
              personConviction(
                  representatives,
                  person,
                  Offences.MANDATORY,
                  values.asOf().minusYears(5).minusDays(values.between(30, 900)));
          case DECOY_PROFESSIONAL_CONVICTION_OUTSIDE_THREE_YEARS ->
              personConviction(
                  representatives,
                  person,
                  Offences.PROFESSIONAL,
                  values.asOf().minusYears(3).minusDays(values.between(30, 600)));
          case DECOY_UNLISTED_OFFENCE ->
              personConviction(
                  representatives, person, Offences.UNLISTED, values.daysBefore(30, 700));
          case DECOY_NETWORK_BELOW_DEFINITION ->
              network(representatives, person, DEFINITION_NOT_MET);
          case DECOY_NAMESAKE_WITH_OTHER_NUMBER -> namesake(representatives.get(0));
          default -> "financial standing";
        };
    if (plant.isDecoy()) {
      out.decoys.write(company.formatted(), plant.name(), note);
    } else if (plant.ruleId() != null) {
      out.expected.write(company.formatted(), plant.ruleId(), plant.decision(type), note);
    }
  }

  /** The company's credit record: healthy, unless a financial flag or decoy is planted. */
  void financialStanding(Company company, long value, Plant plant) {
    if (plant == Plant.FINANCIAL_NO_DATA) {
      return;
    }
    String status = "ACTIVE";
    boolean fTax = true;
    boolean vat = true;
    boolean employer = true;
    int roll = random.nextInt(100);
    int risk = roll < 20 ? 3 : roll < 65 ? 4 : 5;
    long revenue =
        value > 0
            ? values.roundedTo(2 * value + values.logUniform(value / 10, 25 * value), 1_000)
            : values.roundedTo(values.logUniform(1_000_000, 150_000_000), 1_000);
    switch (plant) {
      case COMPANY_STATUS -> status = values.pick(BAD_STATUSES);
      case REGISTRATION_MISSING -> {
        int missing = random.nextInt(3);
        fTax = missing != 0;
        vat = missing != 1;
        employer = missing != 2;
      }
      case CREDIT_RISK -> risk = values.between(1, 2);
      case CAPACITY -> revenue = value * values.between(30, 190) / 100;
      case DECOY_FINANCIAL_BOUNDARY -> {
        risk = 3;
        revenue = 2 * value;
      }
      default -> {}
    }
    long equity = revenue * values.between(5, 35) / 100;
    records.financialStanding(
        company.orgNo(),
        status,
        fTax,
        vat,
        employer,
        risk,
        revenue,
        equity,
        values.daysBefore(10, 300));
  }

  private String personConviction(
      List<Representative> representatives,
      String person,
      List<String> categories,
      LocalDate finalDate) {
    Representative seat = seat(representatives, person, names.representative(person));
    String category = values.pick(categories);
    records.conviction(
        records.personId(person),
        seat.name(),
        RegistryRecords.birthDate(person),
        category,
        Offences.description(category),
        finalDate.minusDays(values.between(21, 120)),
        finalDate);
    convictions++;
    return seat.role() + " " + category + " final " + finalDate;
  }

  private String pendingConviction(List<Representative> representatives, String person) {
    Representative seat = seat(representatives, person, names.representative(person));
    String category = values.pick(Offences.MANDATORY);
    LocalDate judgment = values.daysBefore(10, 200);
    records.conviction(
        records.personId(person),
        seat.name(),
        RegistryRecords.birthDate(person),
        category,
        Offences.description(category),
        judgment,
        null);
    convictions++;
    return seat.role() + " " + category + " judged " + judgment + ", not final";
  }

  private String corporateFine(Company company, List<String> categories, LocalDate finalDate) {
    String category = values.pick(categories);
    records.conviction(
        records.companyId(company.orgNo()),
        company.name(),
        null,
        category,
        Offences.corporateDescription(category),
        finalDate.minusDays(values.between(21, 120)),
        finalDate);
    convictions++;
    return "corporate fine " + category + " final " + finalDate;
  }

  private String foreignPerson(List<Representative> representatives) {
    String name = names.reservedForeignPerson(reservedForeignPersons++);
    LocalDate birthDate = values.birthDate(1955, 1995);
    String role = values.pick(List.of("CEO", "BOARD", "BENEFICIAL_OWNER"));
    representatives.add(new Representative(null, name, birthDate, role));
    String category = values.pick(Offences.MANDATORY);
    LocalDate finalDate = values.daysBefore(30, 1640);
    records.conviction(
        "",
        values.percent(50) ? Names.surnameFirst(name) : name,
        birthDate,
        category,
        Offences.description(category),
        finalDate.minusDays(values.between(21, 120)),
        finalDate);
    convictions++;
    return role + " (foreign, name and birth date) " + category + " final " + finalDate;
  }

  private String debt(Company company, String type, long min, long max, boolean finalDecision) {
    long amount = values.roundedTo(values.logUniform(min, max), 100);
    records.taxDebt(
        records.companyId(company.orgNo()),
        company.name(),
        type,
        amount,
        values.daysBefore(20, 700),
        finalDecision);
    debts++;
    return type + " " + amount + " SEK" + (finalDecision ? " final" : " not final");
  }

  private String summedDebts(Company company) {
    long first = values.roundedTo(values.logUniform(6_000, 9_500), 100);
    long second = values.roundedTo(values.logUniform(6_000, 9_500), 100);
    records.taxDebt(
        records.companyId(company.orgNo()),
        company.name(),
        "TAX",
        first,
        values.daysBefore(20, 700),
        true);
    records.taxDebt(
        records.companyId(company.orgNo()),
        company.name(),
        "SOCIAL_SECURITY",
        second,
        values.daysBefore(20, 700),
        true);
    debts += 2;
    return "TAX " + first + " + SOCIAL_SECURITY " + second + " SEK final, summed";
  }

  private String network(List<Representative> representatives, String person, String criteria) {
    Representative seat = seat(representatives, person, names.representative(person));
    String networkId = noise.nextNetworkId();
    LocalDate assessed = values.daysBefore(10, 500);
    records.assessment(networkId, records.personId(person), seat.name(), criteria, assessed);
    noise.members(networkId, criteria, assessed, values.between(2, 4));
    return seat.role() + " in network " + networkId + " criteria " + criteria;
  }

  private String companyNetwork(Company company) {
    String networkId = noise.nextNetworkId();
    String criteria = values.pick(DEFINITION_MET);
    LocalDate assessed = values.daysBefore(10, 500);
    records.assessment(
        networkId, records.companyId(company.orgNo()), company.name(), criteria, assessed);
    noise.members(networkId, criteria, assessed, values.between(2, 4));
    return "company in network " + networkId + " criteria " + criteria;
  }

  private String nameOnlyCompany(Company company) {
    String category = values.pick(Offences.CORPORATE_MANDATORY);
    LocalDate finalDate = values.daysBefore(30, 1000);
    String written = Names.withoutDiacritics(company.name());
    records.conviction(
        "",
        written,
        null,
        category,
        Offences.corporateDescription(category),
        finalDate.minusDays(values.between(21, 120)),
        finalDate);
    convictions++;
    return "record by name only \"" + written + "\" " + category;
  }

  private String nameOnlyPerson(List<Representative> representatives, String person) {
    String name = names.reservedPerson(reservedPersons++);
    Representative seat = seat(representatives, person, name);
    String written = Names.surnameFirst(values.percent(50) ? name : Names.withoutDiacritics(name));
    String category = values.pick(Offences.MANDATORY);
    LocalDate finalDate = values.daysBefore(30, 1000);
    records.conviction(
        "",
        written,
        null,
        category,
        Offences.description(category),
        finalDate.minusDays(values.between(21, 120)),
        finalDate);
    convictions++;
    return seat.role() + " record by name only \"" + written + "\" " + category;
  }

  private String namesake(Representative representative) {
    String other = noise.registryOnlyPerson();
    String category = values.pick(Offences.MANDATORY);
    LocalDate finalDate = values.daysBefore(30, 1000);
    records.conviction(
        records.personId(other),
        representative.name(),
        RegistryRecords.birthDate(other),
        category,
        Offences.description(category),
        finalDate.minusDays(values.between(21, 120)),
        finalDate);
    convictions++;
    return representative.role() + " namesake with another personnummer " + category;
  }

  /** Seats the planted person in one of the company's chairs (any role). */
  private Representative seat(List<Representative> representatives, String person, String name) {
    int index = random.nextInt(representatives.size());
    Representative seated = representatives.get(index).withPerson(person, name);
    representatives.set(index, seated);
    return seated;
  }
}
