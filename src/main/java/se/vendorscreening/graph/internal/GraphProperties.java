package se.vendorscreening.graph.internal;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the relationship graph's signals ({@code screening.graph.*}, docs/rules.md).
 *
 * @param sanctionedCountries owners of these countries (ISO alpha-2) count towards
 *     SANCTIONED_OWNERSHIP
 * @param sanctionedOwnershipPercent SANCTIONED_OWNERSHIP fires when the indirect share is above it
 * @param maxOwnershipDepth the longest ownership chain followed, in edges
 * @param frontPersonMaxParties FRONT_PERSON fires for a person in the circle of more parties of the
 *     register than this (and than the outlier limit)
 * @param frontPersonOutlierFactor FRONT_PERSON also needs more parties than this factor times the
 *     average number of register parties a person of the register is in
 * @param frontPersonRoleChanges FRONT_PERSON also fires for a person whose roles in the register's
 *     companies began or ended more often than this within {@code frontPersonRoleChangeMonths}
 * @param frontPersonRoleChangeMonths the period those role changes are counted in
 * @param phoenixPeriodMonths PHOENIX looks back this many months for a company excluded, bankrupt
 *     or in liquidation
 * @param organisedCrimeHops ORGANISED_CRIME_HOPS fires for a party within this many edges of a
 *     subject of an assessment that meets the profile
 * @param personSignals whether SHARED_PERSONS, FRONT_PERSON, PHOENIX and ORGANISED_CRIME_HOPS are
 *     evaluated (off by default, docs/rules.md); SANCTIONED_OWNERSHIP is evaluated whenever an
 *     ownership file is given
 */
@ConfigurationProperties("screening.graph")
record GraphProperties(
    List<String> sanctionedCountries,
    BigDecimal sanctionedOwnershipPercent,
    int maxOwnershipDepth,
    int frontPersonMaxParties,
    double frontPersonOutlierFactor,
    int frontPersonRoleChanges,
    int frontPersonRoleChangeMonths,
    int phoenixPeriodMonths,
    int organisedCrimeHops,
    Boolean personSignals) {

  private static final Pattern KEBAB = Pattern.compile("[A-Z]");

  GraphProperties {
    sanctionedCountries = sanctionedCountries == null ? List.of("RU") : sanctionedCountries;
    sanctionedCountries = List.copyOf(upperCase(sanctionedCountries));
    sanctionedOwnershipPercent =
        sanctionedOwnershipPercent == null ? BigDecimal.valueOf(50) : sanctionedOwnershipPercent;
    maxOwnershipDepth = maxOwnershipDepth <= 0 ? 10 : maxOwnershipDepth;
    frontPersonMaxParties = frontPersonMaxParties <= 0 ? 5 : frontPersonMaxParties;
    frontPersonOutlierFactor = frontPersonOutlierFactor <= 0 ? 3 : frontPersonOutlierFactor;
    frontPersonRoleChanges = frontPersonRoleChanges <= 0 ? 4 : frontPersonRoleChanges;
    frontPersonRoleChangeMonths =
        frontPersonRoleChangeMonths <= 0 ? 12 : frontPersonRoleChangeMonths;
    phoenixPeriodMonths = phoenixPeriodMonths <= 0 ? 36 : phoenixPeriodMonths;
    organisedCrimeHops = organisedCrimeHops <= 0 ? 3 : organisedCrimeHops;
    personSignals = personSignals != null && personSignals;
  }

  static GraphProperties defaults() {
    return new GraphProperties(null, null, 0, 0, 0, 0, 0, 0, 0, true);
  }

  /** The defaults with another FRONT_PERSON limit and no outlier limit (for small tests). */
  GraphProperties withFrontPersonLimit(int limit) {
    return new GraphProperties(
        sanctionedCountries,
        sanctionedOwnershipPercent,
        maxOwnershipDepth,
        limit,
        1e-9,
        frontPersonRoleChanges,
        frontPersonRoleChangeMonths,
        phoenixPeriodMonths,
        organisedCrimeHops,
        true);
  }

  /**
   * Every setting as {@code graph.<property>} and its value, sorted by key, for the rules version:
   * each of the record's components under its kebab-case name, so that a setting added here counts
   * towards the version without a list of keys to forget it in. Decimals are written plain, lists
   * joined by commas.
   */
  Map<String, String> canonical() {
    Map<String, String> lines = new TreeMap<>();
    for (RecordComponent component : GraphProperties.class.getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(this);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read setting " + component.getName(), e);
      }
      String key =
          KEBAB
              .matcher(component.getName())
              .replaceAll(upper -> "-" + upper.group().toLowerCase(Locale.ROOT));
      lines.put("graph." + key, text(value));
    }
    return lines;
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return String.valueOf(value);
  }

  /** The sanctioned countries, upper case and sorted. */
  Set<String> sanctioned() {
    return new TreeSet<>(sanctionedCountries);
  }

  private static SortedSet<String> upperCase(List<String> countries) {
    SortedSet<String> upper = new TreeSet<>();
    countries.forEach(c -> upper.add(c.strip().toUpperCase(Locale.ROOT)));
    return upper;
  }
}
