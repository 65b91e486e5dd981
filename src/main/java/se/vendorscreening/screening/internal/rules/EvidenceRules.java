package se.vendorscreening.screening.internal.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.vendorscreening.screening.EvidenceKind;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.ProcurementType;

/**
 * Which evidence satisfies which exclusion ground under which regime, and for how long
 * (config/rules.yml, section {@code evidence}; docs/evidence.md).
 *
 * @param statementMaxAge a sworn statement older than this on the evaluation date does not count
 * @param documentMaxAge a vendor document older than this on the evaluation date does not count
 * @param registryCountries a registry's answer satisfies a ground only for a party registered in
 *     one of these countries (the registries are Swedish)
 * @param contradictingRules findings of these rules contradict a declaration of their ground
 * @param accepted per ground and regime, the kinds of evidence that satisfy it; a ground with no
 *     kinds under a regime needs no evidence there
 */
record EvidenceRules(
    Period statementMaxAge,
    Period documentMaxAge,
    Set<String> registryCountries,
    Set<String> contradictingRules,
    Map<ExclusionGround, Map<ProcurementType, Set<EvidenceKind>>> accepted) {

  EvidenceRules {
    registryCountries = new TreeSet<>(registryCountries);
    contradictingRules = new TreeSet<>(contradictingRules);
    Map<ExclusionGround, Map<ProcurementType, Set<EvidenceKind>>> copy =
        new EnumMap<>(ExclusionGround.class);
    accepted.forEach(
        (ground, regimes) -> {
          Map<ProcurementType, Set<EvidenceKind>> perRegime = new EnumMap<>(ProcurementType.class);
          regimes.forEach(
              (regime, kinds) ->
                  perRegime.put(
                      regime,
                      kinds.isEmpty()
                          ? EnumSet.noneOf(EvidenceKind.class)
                          : EnumSet.copyOf(kinds)));
          copy.put(ground, perRegime);
        });
    accepted = copy;
  }

  /** The kinds that satisfy the ground under the regime; empty when it needs no evidence. */
  Set<EvidenceKind> acceptedFor(ExclusionGround ground, ProcurementType regime) {
    return accepted
        .getOrDefault(ground, Map.of())
        .getOrDefault(regime, EnumSet.noneOf(EvidenceKind.class));
  }

  /** The grounds that need evidence under the regime, in enum order. */
  List<ExclusionGround> requiredUnder(ProcurementType regime) {
    List<ExclusionGround> grounds = new ArrayList<>();
    for (ExclusionGround ground : ExclusionGround.values()) {
      if (!acceptedFor(ground, regime).isEmpty()) {
        grounds.add(ground);
      }
    }
    return grounds;
  }

  /** Whether registry answers can satisfy grounds for a party of this country. */
  boolean registriesCover(String country) {
    return registryCountries.contains(country == null || country.isBlank() ? "SE" : country);
  }

  /** The rules file's evidence section, its grounds named by their ESPD codes resolved. */
  static EvidenceRules of(RulesFile.Evidence section) {
    Map<ExclusionGround, Map<ProcurementType, Set<EvidenceKind>>> accepted =
        new EnumMap<>(ExclusionGround.class);
    section
        .accepted()
        .forEach(
            (code, regimes) ->
                accepted.put(
                    ExclusionGround.ofCode(code)
                        .orElseThrow(
                            () -> new IllegalStateException("unknown exclusion ground " + code)),
                    new EnumMap<>(regimes)));
    return new EvidenceRules(
        section.statementMaxAge(),
        section.documentMaxAge(),
        section.registryCountries(),
        section.contradictingRules().stream().map(Enum::name).collect(Collectors.toSet()),
        accepted);
  }
}
