package se.vendorscreening.screening.internal.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

  /** The settings as canonical lines, for the rules version. */
  void canonical(Map<String, String> lines) {
    lines.put("evidence.statement-max-age", statementMaxAge.toString());
    lines.put("evidence.document-max-age", documentMaxAge.toString());
    lines.put("evidence.registry-countries", String.join(",", registryCountries));
    lines.put("evidence.contradicting-rules", String.join(",", contradictingRules));
    accepted.forEach(
        (ground, regimes) ->
            regimes.forEach(
                (regime, kinds) ->
                    lines.put(
                        "evidence.accepted." + ground.code() + "." + regime, kinds.toString())));
  }

  /** Reads the {@code evidence} section of rules.yml. */
  @SuppressWarnings("unchecked")
  static EvidenceRules fromYaml(Map<String, Object> section) {
    Map<ExclusionGround, Map<ProcurementType, Set<EvidenceKind>>> accepted =
        new EnumMap<>(ExclusionGround.class);
    Object acceptedSection = section.get("accepted");
    if (!(acceptedSection instanceof Map)) {
      throw new IllegalStateException("rules.yml: missing section evidence.accepted");
    }
    ((Map<String, Object>) acceptedSection)
        .forEach(
            (code, value) -> {
              ExclusionGround ground =
                  ExclusionGround.ofCode(code)
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "rules.yml: evidence.accepted: unknown ground " + code));
              Map<ProcurementType, Set<EvidenceKind>> perRegime =
                  new EnumMap<>(ProcurementType.class);
              ((Map<String, Object>) value)
                  .forEach(
                      (regime, kinds) -> {
                        Set<EvidenceKind> set = EnumSet.noneOf(EvidenceKind.class);
                        if (kinds instanceof List<?> list) {
                          list.forEach(k -> set.add(EvidenceKind.valueOf(k.toString().strip())));
                        }
                        perRegime.put(ProcurementType.valueOf(regime), set);
                      });
              accepted.put(ground, perRegime);
            });
    return new EvidenceRules(
        Period.parse(text(section, "statement-max-age")),
        Period.parse(text(section, "document-max-age")),
        strings(section, "registry-countries"),
        strings(section, "contradicting-rules"),
        accepted);
  }

  private static String text(Map<String, Object> section, String key) {
    Object value = section.get(key);
    if (value == null) {
      throw new IllegalStateException("rules.yml: missing value evidence." + key);
    }
    return value.toString();
  }

  private static Set<String> strings(Map<String, Object> section, String key) {
    Set<String> values = new TreeSet<>();
    if (section.get(key) instanceof List<?> list) {
      list.forEach(v -> values.add(v.toString().strip()));
    }
    return values;
  }
}
