package se.vendorscreening.generator.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Registry records about persons and companies outside the procurement: registry-only test numbers,
 * registry-only organisation numbers, and names from lists no party's name shares a blocking key
 * with, so that they can never meet a party by number or by name.
 */
final class RegistryNoise {

  private final RegistryRecords records;
  private final RandomValues values;
  private final SplittableRandom random;
  private final TestPersons persons;
  private final OrganisationNumbers numbers;
  private final Names names;
  private final long companies;
  private long networks;

  RegistryNoise(
      RegistryRecords records,
      RandomValues values,
      TestPersons persons,
      OrganisationNumbers numbers,
      Names names,
      long companies) {
    this.records = records;
    this.values = values;
    this.random = values.random();
    this.persons = persons;
    this.numbers = numbers;
    this.names = names;
    this.companies = companies;
  }

  void convictions(int count) {
    for (int i = 0; i < count; i++) {
      conviction();
    }
  }

  void taxDebts(int count) {
    for (int i = 0; i < count; i++) {
      taxDebt();
    }
  }

  private void conviction() {
    LocalDate judgment;
    LocalDate finalDate = null;
    if (values.percent(90)) {
      finalDate = values.daysBefore(1, 5400);
      judgment = finalDate.minusDays(values.between(21, 120));
    } else {
      judgment = values.daysBefore(1, 300);
    }
    int kind = random.nextInt(100);
    if (kind < 65) {
      String person = persons.registryOnly(random);
      String category = category();
      records.conviction(
          records.personId(person),
          names.registryOnlyPerson(person),
          RegistryRecords.birthDate(person),
          category,
          Offences.description(category),
          judgment,
          finalDate);
    } else if (kind < 90) {
      String category =
          values.pick(
              values.percent(50) ? Offences.CORPORATE_MANDATORY : Offences.CORPORATE_PROFESSIONAL);
      records.conviction(
          records.companyId(company()),
          names.registryOnlyCompany(lastCompany),
          null,
          category,
          Offences.corporateDescription(category),
          judgment,
          finalDate);
    } else {
      String name = names.registryOnlyForeignPerson(random);
      String category = category();
      records.conviction(
          "",
          values.percent(50) ? Names.surnameFirst(name) : name,
          values.birthDate(1950, 2000),
          category,
          Offences.description(category),
          judgment,
          finalDate);
    }
  }

  private void taxDebt() {
    int roll = random.nextInt(100);
    String type =
        roll < 40 ? "TAX" : roll < 55 ? "SOCIAL_SECURITY" : roll < 70 ? "OTHER_PUBLIC" : "PRIVATE";
    long amount = values.logUniform(500, 2_500_000);
    LocalDate registered = values.daysBefore(1, 1100);
    boolean finalDecision = values.percent(70);
    if (values.percent(85)) {
      String orgNo = company();
      records.taxDebt(
          records.companyId(orgNo),
          names.registryOnlyCompany(lastCompany),
          type,
          amount,
          registered,
          finalDecision);
    } else {
      String person = persons.registryOnly(random);
      records.taxDebt(
          records.personId(person),
          names.registryOnlyPerson(person),
          type,
          amount,
          registered,
          finalDecision);
    }
  }

  /** A network of three to seven registry-only subjects, meeting the definition or not. */
  void network() {
    StringBuilder criteria = new StringBuilder();
    for (int criterion = 1; criterion <= 11; criterion++) {
      if (values.percent(60)) {
        criteria.append(criteria.length() == 0 ? "" : ",").append(criterion);
      }
    }
    if (criteria.length() == 0) {
      criteria.append("1");
    }
    String networkId = nextNetworkId();
    LocalDate assessed = values.daysBefore(1, 700);
    members(networkId, criteria.toString(), assessed, values.between(3, 7));
  }

  /** Registry-only persons and companies in the given network. */
  void members(String networkId, String criteria, LocalDate assessed, int count) {
    for (int i = 0; i < count; i++) {
      if (values.percent(80)) {
        String person = persons.registryOnly(random);
        records.assessment(networkId, person, names.registryOnlyPerson(person), criteria, assessed);
      } else {
        String orgNo = company();
        records.assessment(
            networkId, orgNo, names.registryOnlyCompany(lastCompany), criteria, assessed);
      }
    }
  }

  String nextNetworkId() {
    return String.format("NW-%d-%06d", values.asOf().getYear(), ++networks);
  }

  /** A registry-only person and their name, for records that stand next to planted ones. */
  String registryOnlyPerson() {
    return persons.registryOnly(random);
  }

  private long lastCompany;

  private String company() {
    lastCompany = random.nextLong(companies);
    return numbers.registryOnly(lastCompany, names.registryOnlyLeadingDigits(lastCompany));
  }

  private String category() {
    int roll = random.nextInt(100);
    if (roll < 20) {
      return values.pick(Offences.MANDATORY);
    }
    return values.pick(roll < 50 ? Offences.PROFESSIONAL : Offences.UNLISTED);
  }
}
