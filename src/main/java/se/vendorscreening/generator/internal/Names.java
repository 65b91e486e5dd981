package se.vendorscreening.generator.internal;

import static se.vendorscreening.generator.internal.NamePools.*;

import java.util.List;
import java.util.SplittableRandom;
import se.vendorscreening.shared.PartyNames;

/**
 * Names of persons and companies. A person's name follows from their number (the same person has
 * the same name on every board and in every registry); a company's is drawn once.
 */
final class Names {

  private static final String[] FORMS = {"AB", "HB", "KB", "Ek. för."};

  private final long salt;

  Names(long salt) {
    this.salt = salt;
  }

  /** The name of a person who sits on boards, from the regular lists. */
  String representative(String personNumber) {
    return person(personNumber, SURNAMES);
  }

  /** The name of a person who appears only in registries. */
  String registryOnlyPerson(String personNumber) {
    return person(personNumber, NOISE_SURNAMES);
  }

  /** A name no party and no other record carries: a reserved surname with a given name. */
  String reservedPerson(int index) {
    List<String> given = index % 2 == 0 ? FEMALE_GIVEN : MALE_GIVEN;
    return given.get((index / 2) % given.size())
        + " "
        + RESERVED_SURNAMES.get((index / 2 / given.size()) % RESERVED_SURNAMES.size());
  }

  /** "SURNAME, Given": how some registries write a person. */
  static String surnameFirst(String name) {
    int space = name.lastIndexOf(' ');
    return name.substring(space + 1).toUpperCase(java.util.Locale.ROOT)
        + ", "
        + name.substring(0, space);
  }

  /** The name written without å, ä, ö, é: how some registries write it. */
  static String withoutDiacritics(String name) {
    return PartyNames.withoutDiacritics(name);
  }

  String foreignPerson(SplittableRandom random) {
    return pick(FOREIGN_GIVEN, random) + " " + pick(FOREIGN_SURNAMES, random);
  }

  String reservedForeignPerson(int index) {
    return FOREIGN_GIVEN.get(index % FOREIGN_GIVEN.size())
        + " "
        + RESERVED_FOREIGN_SURNAMES.get(
            (index / FOREIGN_GIVEN.size()) % RESERVED_FOREIGN_SURNAMES.size());
  }

  String registryOnlyForeignPerson(SplittableRandom random) {
    return pick(FOREIGN_GIVEN, random) + " " + pick(NOISE_FOREIGN_SURNAMES, random);
  }

  /** A legal form: mostly aktiebolag. */
  static String form(SplittableRandom random) {
    int roll = random.nextInt(100);
    return roll < 85 ? "AB" : roll < 91 ? "HB" : roll < 94 ? "KB" : "Ek. för.";
  }

  /** The first two digits of an organisation number of that legal form. */
  static String leadingDigits(String form, SplittableRandom random) {
    return switch (form) {
      case "AB" -> new String[] {"55", "55", "56", "59"}[random.nextInt(4)];
      case "HB", "KB" -> "96";
      default -> new String[] {"76", "71"}[random.nextInt(2)];
    };
  }

  /** A company name such as "Huddinge Bygg &amp; Mark AB" or "Anderssons Rör HB". */
  String company(String form, SplittableRandom random) {
    String place = pick(PLACES, random);
    String trade = pick(TRADES, random);
    String name =
        switch (random.nextInt(6)) {
          case 0 -> place + " " + trade;
          case 1 -> genitive(place) + " " + trade;
          case 2 -> genitive(pick(SURNAMES, random)) + " " + trade;
          case 3 -> place + " " + trade + " & " + pick(TRADES, random);
          case 4 -> trade + " i " + place;
          default -> genitive(place) + " " + trade + " och " + pick(TRADES, random);
        };
    return name + " " + form;
  }

  /** A company name no other party or record carries, with å, ä or ö in it. */
  String reservedCompany(int index, String form) {
    return RESERVED_PLACES.get(index % RESERVED_PLACES.size())
        + " "
        + TRADES.get((index / RESERVED_PLACES.size()) % TRADES.size())
        + " "
        + form;
  }

  /** The name of the index-th company known only to registries. */
  String registryOnlyCompany(long index) {
    long hash = mix(index);
    return NOISE_PLACES.get((int) Long.remainderUnsigned(hash, NOISE_PLACES.size()))
        + " "
        + NOISE_TRADES.get((int) Long.remainderUnsigned(hash >>> 17, NOISE_TRADES.size()))
        + " "
        + FORMS[(int) Long.remainderUnsigned(hash >>> 34, 2)];
  }

  /** The first two digits of the index-th registry-only company's number. */
  String registryOnlyLeadingDigits(long index) {
    return registryOnlyCompany(index).endsWith("HB") ? "96" : "55";
  }

  private String person(String number, List<String> surnames) {
    long hash = mix(Long.parseLong(number));
    boolean male = (number.charAt(10) - '0') % 2 == 1;
    List<String> given = male ? MALE_GIVEN : FEMALE_GIVEN;
    return given.get((int) Long.remainderUnsigned(hash, given.size()))
        + " "
        + surnames.get((int) Long.remainderUnsigned(hash >>> 21, surnames.size()));
  }

  private static String genitive(String word) {
    return word.endsWith("s") || word.endsWith("x") || word.endsWith("z") ? word : word + "s";
  }

  private static String pick(List<String> words, SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }

  private long mix(long value) {
    long z = value * 0x9E3779B97F4A7C15L + salt;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
