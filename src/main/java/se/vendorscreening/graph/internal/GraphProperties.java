package se.vendorscreening.graph.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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

  GraphProperties {
    sanctionedCountries = sanctionedCountries == null ? List.of("RU") : sanctionedCountries;
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

  /** Every setting as {@code graph.<property>} and its value, sorted by key. */
  java.util.Map<String, String> canonical() {
    java.util.Map<String, String> lines = new java.util.TreeMap<>();
    lines.put("graph.sanctioned-countries", String.join(",", sanctioned()));
    lines.put(
        "graph.sanctioned-ownership-percent",
        sanctionedOwnershipPercent.stripTrailingZeros().toPlainString());
    lines.put("graph.max-ownership-depth", Integer.toString(maxOwnershipDepth));
    lines.put("graph.front-person-max-parties", Integer.toString(frontPersonMaxParties));
    lines.put("graph.front-person-outlier-factor", Double.toString(frontPersonOutlierFactor));
    lines.put("graph.front-person-role-changes", Integer.toString(frontPersonRoleChanges));
    lines.put(
        "graph.front-person-role-change-months", Integer.toString(frontPersonRoleChangeMonths));
    lines.put("graph.phoenix-period-months", Integer.toString(phoenixPeriodMonths));
    lines.put("graph.organised-crime-hops", Integer.toString(organisedCrimeHops));
    lines.put("graph.person-signals", Boolean.toString(personSignals));
    return lines;
  }

  Set<String> sanctioned() {
    Set<String> upper = new TreeSet<>();
    sanctionedCountries.forEach(c -> upper.add(c.strip().toUpperCase(Locale.ROOT)));
    return upper;
  }
}
