package se.vendorscreening.screening.internal.matching;

import static se.vendorscreening.screening.internal.matching.BenchmarkNames.FEMALE;
import static se.vendorscreening.screening.internal.matching.BenchmarkNames.FOREIGN_GIVEN;
import static se.vendorscreening.screening.internal.matching.BenchmarkNames.FOREIGN_SURNAMES;
import static se.vendorscreening.screening.internal.matching.BenchmarkNames.MALE;
import static se.vendorscreening.screening.internal.matching.BenchmarkNames.SURNAMES;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.PartyNames;
import se.vendorscreening.shared.PersonalIdentityNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matching benchmark's labelled persons (docs/matching.md), made from Skatteverket's test
 * personnummer: convicted persons as registry records without a number (name and birth date), each
 * listed once more as a foreign representative with a miswritten name and the same birth date
 * ({@link TypoModel}); and persons who must match nothing: another test person born the same day (a
 * fifth of them with the same surname, as siblings), the same name with another birth date, and the
 * same name and birth date under another personnummer where the record carries one.
 */
final class BenchmarkPersons {

  private static final String TEST_NUMBERS = "generator/testpersonnummer.json";

  private final Random random;
  private final TypoModel typos;
  final List<MatchBenchmark.Record> records = new ArrayList<>();
  final List<MatchBenchmark.Case> cases = new ArrayList<>();
  private final Set<String> taken = new HashSet<>();

  BenchmarkPersons(long seed) {
    this.random = new Random(seed);
    this.typos = new TypoModel(random);
  }

  /** Builds the set: {@code convicted} typo'd pairs and the negatives around them. */
  BenchmarkPersons build(int convicted) {
    List<PersonalIdentityNumber> numbers = testNumbers();
    Collections.shuffle(numbers, random);
    Map<LocalDate, List<PersonalIdentityNumber>> byBirthDate = new HashMap<>();
    numbers.forEach(n -> byBirthDate.computeIfAbsent(birthDate(n), d -> new ArrayList<>()).add(n));
    int numbered = convicted / 5;
    Set<PersonalIdentityNumber> persons = new HashSet<>(numbers.subList(0, convicted + numbered));
    for (int i = 0; i < convicted + numbered; i++) {
      PersonalIdentityNumber number = numbers.get(i);
      LocalDate born = birthDate(number);
      boolean foreign = random.nextInt(5) == 0;
      String name = name(number, foreign, born);
      PersonalIdentityNumber sameDay = other(byBirthDate.get(born), persons);
      if (i >= convicted) {
        int record = add(new MatchBenchmark.Record(written(name), born, number));
        if (sameDay != null) {
          cases.add(negative("another personnummer, same name and birth date", sameDay, name));
        }
        cases.add(positiveByNumber(number, typos.apply(name, surnames(foreign)).name(), record));
        continue;
      }
      int record = add(new MatchBenchmark.Record(written(name), born, null));
      TypoModel.Typo typo = typos.apply(name, surnames(foreign));
      cases.add(
          new MatchBenchmark.Case(
              "typo " + typo.kind().name().toLowerCase(Locale.ROOT),
              foreignPerson(typo.name(), born),
              record,
              true));
      if (sameDay != null) {
        String other;
        do {
          other =
              random.nextInt(5) == 0
                  ? givenName(sameDay, foreign, name.split(" ")[0]) + " " + surnameOf(name)
                  : name(sameDay, random.nextInt(5) == 0, born);
        } while (oneNameWithinTheOther(other, name));
        taken.add(PartyNames.normalize(other) + "|" + born);
        cases.add(
            new MatchBenchmark.Case(
                "another person born the same day", foreignPerson(other, born), -1, false));
      }
      if (i % 4 == 0) {
        LocalDate otherDay =
            born.plusDays(1 + random.nextInt(3000) * (random.nextBoolean() ? 1 : -1));
        cases.add(
            new MatchBenchmark.Case(
                "same name, another birth date", foreignPerson(name, otherDay), -1, false));
      }
    }
    return this;
  }

  private int add(MatchBenchmark.Record record) {
    records.add(record);
    return records.size() - 1;
  }

  private static MatchBenchmark.Case negative(
      String kind, PersonalIdentityNumber number, String name) {
    return new MatchBenchmark.Case(
        kind, new Subject(SubjectKind.PERSON, number, name, birthDate(number), "SE"), -1, false);
  }

  private static MatchBenchmark.Case positiveByNumber(
      PersonalIdentityNumber number, String name, int record) {
    return new MatchBenchmark.Case(
        "equal personnummer, typo'd name",
        new Subject(SubjectKind.PERSON, number, name, birthDate(number), "SE"),
        record,
        false);
  }

  private static Subject foreignPerson(String name, LocalDate born) {
    return new Subject(SubjectKind.PERSON, null, name, born, "DE");
  }

  /** A name no other person of the set born that day has: such two no matcher could tell. */
  private String name(PersonalIdentityNumber number, boolean foreign, LocalDate born) {
    while (true) {
      String given = givenName(number, foreign, null);
      if (random.nextInt(5) == 0) {
        given += " " + givenName(number, foreign, given);
      }
      List<String> surnames = surnames(foreign);
      String name = given + " " + surnames.get(random.nextInt(surnames.size()));
      if (taken.add(PartyNames.normalize(name) + "|" + born)) {
        return name;
      }
    }
  }

  private String givenName(PersonalIdentityNumber number, boolean foreign, String not) {
    List<String> pool =
        foreign ? FOREIGN_GIVEN : (number.digits().charAt(10) - '0') % 2 == 1 ? MALE : FEMALE;
    String given;
    do {
      given = pool.get(random.nextInt(pool.size()));
    } while (given.equals(not));
    return given;
  }

  private static List<String> surnames(boolean foreign) {
    return foreign ? FOREIGN_SURNAMES : SURNAMES;
  }

  /**
   * Whether every word of one name is in the other ({@code Piotr Krüger}, {@code Klaus Piotr
   * Krüger}): born the same day, that is the same person going by a middle name as far as anyone
   * can tell, so not a person who must match nothing.
   */
  private static boolean oneNameWithinTheOther(String a, String b) {
    List<String> wordsA = PartyNames.words(a);
    List<String> wordsB = PartyNames.words(b);
    return wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA);
  }

  private static String surnameOf(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /** As registries write names: "SURNAME, Given" three times in ten. */
  private String written(String name) {
    if (random.nextInt(10) >= 3) {
      return name;
    }
    int space = name.lastIndexOf(' ');
    return name.substring(space + 1).toUpperCase(Locale.ROOT) + ", " + name.substring(0, space);
  }

  /** A test person born the same day who is not one of the set's persons. */
  private static PersonalIdentityNumber other(
      List<PersonalIdentityNumber> sameDay, Set<PersonalIdentityNumber> persons) {
    return sameDay.stream().filter(n -> !persons.contains(n)).findFirst().orElse(null);
  }

  private static LocalDate birthDate(PersonalIdentityNumber number) {
    return number.birthDate().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<PersonalIdentityNumber> testNumbers() {
    try (InputStream in =
        BenchmarkPersons.class.getClassLoader().getResourceAsStream(TEST_NUMBERS)) {
      List<String> digits = JsonMapper.builder().build().readValue(in, List.class);
      List<PersonalIdentityNumber> numbers = new ArrayList<>();
      for (String text : digits) {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse(text);
        if (number.birthDate().isPresent() && number.birthDate().get().getYear() >= 1920) {
          numbers.add(number);
        }
      }
      return numbers;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
