package se.vendorscreening.screening.internal.matching;

import static se.vendorscreening.screening.internal.matching.BenchmarkNames.PLACES;
import static se.vendorscreening.screening.internal.matching.BenchmarkNames.SURNAMES;
import static se.vendorscreening.screening.internal.matching.BenchmarkNames.TRADES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.PartyNames;

/**
 * The matching benchmark's company names (docs/matching.md): clean, distinct names of the kind
 * Swedish municipalities contract with, each also written another way — legal form abbreviated or
 * spelt out, changed or left out, {@code &}/och/and, words in another order, diacritics dropped,
 * upper case, one typo. The clean names are also looked up against all the others, where every
 * match is a false POSSIBLE_MATCH.
 */
final class BenchmarkCompanies {

  private static final String[][] FORMS = {
    {"AB", "Aktiebolag"},
    {"HB", "Handelsbolag"},
    {"KB", "Kommanditbolag"},
    {"Ek. för.", "Ekonomisk förening"},
    {"AB (publ)", "Aktiebolaget"}
  };
  private static final List<String> VARIANTS =
      List.of(
          "legal form spelt out",
          "legal form left out",
          "&/och",
          "word order",
          "diacritics dropped",
          "upper case",
          "typo");

  private final Random random;
  final List<MatchBenchmark.Record> records = new ArrayList<>();
  final List<MatchBenchmark.Case> cases = new ArrayList<>();
  final List<MatchBenchmark.Case> clean = new ArrayList<>();
  private final List<String[]> forms = new ArrayList<>();

  BenchmarkCompanies(long seed) {
    this.random = new Random(seed);
  }

  BenchmarkCompanies build(int count) {
    Set<String> seen = new HashSet<>();
    while (records.size() < count) {
      String[] form = FORMS[random.nextInt(10) < 7 ? 0 : random.nextInt(FORMS.length)];
      String base = base();
      if (!seen.add(PartyNames.normalize(base))) {
        continue;
      }
      records.add(new MatchBenchmark.Record(base + " " + form[0], null, null));
      forms.add(new String[] {base, form[0], form[1]});
    }
    TypoModel typos = new TypoModel(random);
    for (int i = 0; i < records.size(); i++) {
      String name = records.get(i).name();
      clean.add(new MatchBenchmark.Case("clean name", company(name), i, false));
      String variant = VARIANTS.get(random.nextInt(VARIANTS.size()));
      cases.add(
          new MatchBenchmark.Case(
              "company " + variant, company(variant(variant, i, typos)), i, false));
    }
    return this;
  }

  private String base() {
    String place = PLACES.get(random.nextInt(PLACES.size()));
    String trade = TRADES.get(random.nextInt(TRADES.size()));
    String other = TRADES.get(random.nextInt(TRADES.size()));
    return switch (random.nextInt(5)) {
      case 0 -> place + " " + trade;
      case 1 -> genitive(place) + " " + trade + " & " + other;
      case 2 -> genitive(SURNAMES.get(random.nextInt(SURNAMES.size()))) + " " + trade;
      case 3 -> trade + " i " + place;
      default -> genitive(place) + " " + trade + " och " + other;
    };
  }

  private String variant(String kind, int index, TypoModel typos) {
    String[] form = forms.get(index);
    String base = form[0];
    return switch (kind) {
      case "legal form spelt out" -> base + " " + form[2];
      case "legal form left out" -> base;
      case "&/och" ->
          base.contains("&")
              ? base.replace("&", "och") + " " + form[1]
              : base.contains(" och ")
                  ? base.replace(" och ", " & ") + " " + form[1]
                  : base + " and Co " + form[1];
      case "word order" -> {
        String[] words = base.split(" ");
        yield words[words.length - 1]
            + " "
            + String.join(" ", List.of(words).subList(0, words.length - 1))
            + " "
            + form[1];
      }
      case "diacritics dropped" -> PartyNames.withoutDiacritics(base) + " " + form[1];
      case "upper case" -> (base + " " + form[2]).toUpperCase(Locale.ROOT);
      default -> typos.apply(TypoModel.Kind.SUBSTITUTION, base, List.of()).name() + " " + form[1];
    };
  }

  private static Subject company(String name) {
    return new Subject(SubjectKind.COMPANY, null, name, null, "SE");
  }

  private static String genitive(String word) {
    return word.endsWith("s") || word.endsWith("x") ? word : word + "s";
  }
}
