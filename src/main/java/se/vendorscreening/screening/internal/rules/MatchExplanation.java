package se.vendorscreening.screening.internal.rules;

import java.util.List;
import java.util.stream.Collectors;
import se.vendorscreening.screening.internal.matching.MatchFeature;

/**
 * Puts a match's evidence into words for the finding: each feature, whether it agreed and, for the
 * name, its score and word pairs, e.g. {@code namn stämmer 0,90 (jacob=jacob 1,00, wbeb~webb 0,90
 * skrivfel); födelsedatum stämmer (1971-04-03 / 1971-04-03); identitetsnummer saknas; land saknas}.
 */
public final class MatchExplanation {

  private MatchExplanation() {}

  public static String describe(List<MatchFeature> features, FindingTexts texts) {
    return features.stream().map(f -> describe(f, texts)).collect(Collectors.joining("; "));
  }

  private static String describe(MatchFeature feature, FindingTexts texts) {
    StringBuilder text =
        new StringBuilder(texts.label("match.feature", feature.feature()))
            .append(' ')
            .append(texts.label("match.outcome", feature.outcome().name()));
    if (feature.score() != null) {
      text.append(' ').append(texts.score(feature.score()));
    }
    String detail =
        feature.words() != null
            ? feature.words().describe(kind -> texts.label("match.word", kind.name()), texts::score)
            : feature.values();
    if (detail != null && !detail.isEmpty()) {
      text.append(" (").append(detail).append(')');
    }
    return text.toString();
  }
}
