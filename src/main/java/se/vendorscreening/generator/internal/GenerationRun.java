package se.vendorscreening.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One pass over the vendors: each procurement, each vendor with its representatives, contract,
 * financial record and subcontractors, what is planted on it, and the registry noise that makes the
 * extracts about ten conviction and two tax records a vendor. Nothing is kept after a vendor is
 * written.
 */
final class GenerationRun {

  private static final List<String> MUNICIPALITIES =
      List.of(
          "Huddinge",
          "Botkyrka",
          "Haninge",
          "Nacka",
          "Södertälje",
          "Uppsala",
          "Västerås",
          "Örebro",
          "Linköping",
          "Jönköping",
          "Umeå",
          "Luleå",
          "Gävle",
          "Borås",
          "Växjö",
          "Malmö",
          "Lund",
          "Göteborg",
          "Norrköping",
          "Sundsvall");
  private static final List<String> LOU_TITLES =
      List.of(
          "Bygg- och fastighetsservice",
          "Städtjänster",
          "Livsmedel till skolor och förskolor",
          "Vinterväghållning",
          "Skolskjuts",
          "Ramavtal måleriarbeten",
          "Ramavtal el och VVS",
          "IT-konsulttjänster");
  private static final List<String> LOU19_TITLES =
      List.of("Personlig assistans", "Tolktjänster", "Bemanning av socialsekreterare");
  private static final List<String> LOV_TITLES =
      List.of("Hemtjänst i valfrihetssystem", "Daglig verksamhet", "Ledsagning och avlösning");
  private static final List<String> PREFIXES = List.of("KS", "SBN", "TN", "SN", "VON", "UBN");

  private final CsvOutputs out;
  private final RandomValues values;
  private final SplittableRandom random;
  private final TestPersons persons;
  private final OrganisationNumbers numbers;
  private final Names names;
  private final RegistryRecords records;
  private final Planter planter;
  private final RegistryNoise noise;
  private final int[] block = new int[Plant.BLOCK];
  private long partyIndex;
  private long contractIndex;
  long vendorRows;
  long subcontractorRows;

  GenerationRun(CsvOutputs out, SplittableRandom random, LocalDate asOf, int vendors) {
    this.out = out;
    this.random = random;
    this.values = new RandomValues(random, asOf);
    int plantedBlocks = (vendors + Plant.BLOCK - 1) / Plant.BLOCK;
    this.persons = new TestPersons(random, plantedBlocks * 10 + 10, plantedBlocks);
    this.numbers = new OrganisationNumbers(random);
    this.names = new Names(random.nextLong());
    this.records = new RegistryRecords(out, random);
    this.noise = new RegistryNoise(records, values, persons, numbers, names, 3L * vendors);
    this.planter = new Planter(out, records, values, names, noise);
  }

  void run(int vendors) {
    int procurementIndex = 0;
    int written = 0;
    while (written < vendors) {
      Procurement procurement = procurement(procurementIndex++);
      int size = Math.min(vendors - written, values.between(5, 40));
      for (int k = 0; k < size; k++) {
        vendor(procurement, written++);
      }
    }
  }

  private void vendor(Procurement procurement, int index) {
    if (index % Plant.BLOCK == 0) {
      for (int i = 0; i < block.length; i++) {
        block[i] = i;
      }
      Shuffle.shuffle(block, random);
    }
    Plant plant = Plant.atSlot(block[index % Plant.BLOCK]);
    String person = null;
    if (plant == Plant.CONVICTION_MANDATORY_COORDINATION_NUMBER) {
      person = persons.nextPlantedCoordination();
      person = person == null ? persons.nextPlanted() : person;
    } else if (plant.needsUniquePerson()) {
      person = persons.nextPlanted();
    }
    if (person == null
        && (plant.needsUniquePerson() || plant == Plant.CONVICTION_MANDATORY_COORDINATION_NUMBER)) {
      plant = Plant.CLEAN; // the planted-person pool is used up (far above 100,000 vendors)
    }
    String form = Names.form(random);
    Company company =
        new Company(
            numbers.party(partyIndex++, Names.leadingDigits(form, random)),
            plant == Plant.POSSIBLE_MATCH_COMPANY
                ? names.reservedCompany(planter.nextReservedCompany(), form)
                : names.company(form, random));
    long value = values.roundedTo(values.logUniform(100_000, 30_000_000), 10_000);
    List<Representative> representatives = representatives(form);
    int plantedConvictions = 0;
    int plantedDebts = 0;
    if (!plant.onSubcontractor() && plant != Plant.CLEAN) {
      planter.plant(plant, company, representatives, procurement.type(), value, person);
      plantedConvictions = planter.convictionsWritten();
      plantedDebts = planter.debtsWritten();
    }
    writeParty(procurement, company, null, value, representatives, plant);
    int subcontractors = subcontractorCount(plant.onSubcontractor());
    for (int s = 0; s < subcontractors; s++) {
      String subForm = Names.form(random);
      Company sub =
          new Company(
              numbers.party(partyIndex++, Names.leadingDigits(subForm, random)),
              names.company(subForm, random));
      List<Representative> subRepresentatives = representatives(subForm);
      Plant subPlant = Plant.CLEAN;
      if (s == 0 && plant.onSubcontractor()) {
        subPlant = plant;
        planter.plantOnSubcontractor(
            plant, sub, company, subRepresentatives, procurement.type(), person);
        plantedConvictions += planter.convictionsWritten();
        plantedDebts += planter.debtsWritten();
      }
      writeParty(procurement, sub, company, 0, subRepresentatives, subPlant);
    }
    noise.convictions(Math.max(0, 10 - plantedConvictions));
    noise.taxDebts(Math.max(0, 2 - plantedDebts));
    if (random.nextInt(10) == 0) {
      noise.network();
    }
  }

  private void writeParty(
      Procurement procurement,
      Company company,
      Company parent,
      long value,
      List<Representative> representatives,
      Plant plant) {
    boolean vendor = parent == null;
    out.vendors.write(
        procurement.id(),
        procurement.type(),
        procurement.title(),
        company.formatted(),
        company.name(),
        "SE",
        "",
        vendor ? "VENDOR" : "SUBCONTRACTOR",
        vendor ? "" : parent.formatted(),
        vendor ? contractId(++contractIndex) : "",
        vendor ? procurement.contractStatus() : "",
        vendor ? procurement.contractStart().toString() : "",
        vendor ? procurement.contractEnd().toString() : "",
        vendor ? Long.toString(value) : "");
    if (vendor) {
      vendorRows++;
    } else {
      subcontractorRows++;
    }
    for (Representative representative : representatives) {
      out.representatives.write(
          company.formatted(),
          representative.personNumber() == null ? "" : written(representative.personNumber()),
          representative.name(),
          representative.birthDate() == null ? "" : representative.birthDate().toString(),
          representative.role());
    }
    planter.financialStanding(company, value, plant);
  }

  private String contractId(long index) {
    String digits = Long.toString(index);
    return "AVT-"
        + values.asOf().getYear()
        + "-"
        + "000000".substring(Math.min(6, digits.length()))
        + digits;
  }

  /**
   * The persons of a company of the given legal form: a handelsbolag or kommanditbolag has partners
   * instead of a CEO and board, and an ekonomisk förening is led by its board, so that every
   * generated company has the person circle its form requires.
   */
  private List<Representative> representatives(String form) {
    boolean partnership = form.equals("HB") || form.equals("KB");
    String head = partnership ? "PARTNER" : form.equals("AB") ? "CEO" : "BOARD";
    List<Representative> representatives = new ArrayList<>(4);
    Set<String> seated = new HashSet<>();
    addPerson(representatives, seated, head);
    if (values.percent(40)) {
      addPerson(representatives, seated, partnership ? "PARTNER" : "CHAIR");
    }
    int board = random.nextInt(100) < 35 ? 1 : random.nextInt(100) < 8 ? 2 : 0;
    for (int i = 0; i < board; i++) {
      addPerson(representatives, seated, partnership ? "PARTNER" : "BOARD");
    }
    for (String role : List.of("DEPUTY", "SIGNATORY", "BENEFICIAL_OWNER")) {
      if (values.percent(20)) {
        addPerson(representatives, seated, role);
      }
    }
    if (values.percent(3)) {
      representatives.add(
          new Representative(
              null,
              names.foreignPerson(random),
              values.birthDate(1950, 1995),
              values.percent(50) ? "BOARD" : "BENEFICIAL_OWNER"));
    }
    return representatives;
  }

  private void addPerson(List<Representative> representatives, Set<String> seated, String role) {
    String number;
    do {
      number = persons.representative(random);
    } while (!seated.add(number));
    representatives.add(new Representative(number, names.representative(number), null, role));
  }

  private int subcontractorCount(boolean atLeastOne) {
    int roll = random.nextInt(100);
    int count = roll < 16 ? 1 : roll < 18 ? 2 : 0;
    return atLeastOne ? Math.max(1, count) : count;
  }

  /** A personnummer as vendor lists write it: with or without century, mostly with a dash. */
  private String written(String twelveDigits) {
    int roll = random.nextInt(10);
    int year = Integer.parseInt(twelveDigits.substring(0, 4));
    if (roll < 3 && year >= 1930 && year <= 2005) {
      return twelveDigits.substring(2, 8) + "-" + twelveDigits.substring(8);
    }
    return roll < 8 ? twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8) : twelveDigits;
  }

  private Procurement procurement(int index) {
    int roll = random.nextInt(100);
    String type = roll < 50 ? "LOU" : roll < 70 ? "LOU19" : "LOV";
    List<String> titles =
        switch (type) {
          case "LOU" -> LOU_TITLES;
          case "LOU19" -> LOU19_TITLES;
          default -> LOV_TITLES;
        };
    LocalDate asOf = values.asOf();
    String title = values.pick(titles) + " " + values.pick(MUNICIPALITIES) + " " + asOf.getYear();
    String id = values.pick(PREFIXES) + "-" + asOf.getYear() + "/" + (100 + index);
    int status = random.nextInt(100);
    LocalDate start;
    String contractStatus;
    if (status < 55) {
      contractStatus = "ACTIVE";
      start = values.daysBefore(1, 700);
    } else if (status < 90) {
      contractStatus = "PLANNED";
      start = asOf.plusDays(values.between(30, 300));
    } else {
      contractStatus = "ENDED";
      start = values.daysBefore(800, 2000);
    }
    LocalDate end = start.plusYears(values.between(1, 4)).minusDays(1);
    if (contractStatus.equals("ACTIVE") && !end.isAfter(asOf)) {
      end = asOf.plusDays(values.between(30, 700));
    }
    if (contractStatus.equals("ENDED") && !end.isBefore(asOf)) {
      end = asOf.minusDays(values.between(1, 300));
    }
    return new Procurement(id, type, title, contractStatus, start, end);
  }
}
