package se.vendorscreening.reporting.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.vendorscreening.graph.ExplanationEdges;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.EvidenceKind;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.Decision;

/**
 * A finding's evidence in plain words, one "label: value" line each: categories, debt types,
 * statuses and decisions in words, periods as "5 år", amounts as "9 500 000 kr", and the keys only
 * the machine needs left out.
 */
final class EvidenceWords {

  /** Evidence the sentence or the match column already says, or only the machine needs. */
  private static final Set<String> LEFT_OUT =
      Set.of(
          "match_type",
          "match_score",
          Finding.WOULD_FIRE,
          "references",
          "subcontractor_rule_ids",
          "ground",
          "grounds",
          "declared_ground",
          "accepted_kinds",
          "declaration",
          ExplanationEdges.EVIDENCE_KEY);

  private final ReportTexts texts;

  EvidenceWords(ReportTexts texts) {
    this.texts = texts;
  }

  /** The evidence as label and value pairs, in the order the rule gave them. */
  List<String[]> lines(Finding finding) {
    List<String[]> lines = new ArrayList<>();
    for (String[] keyed : facts(finding)) {
      lines.add(new String[] {keyed[1], keyed[2]});
    }
    if (!finding.grounds().isEmpty()) {
      lines.add(new String[] {texts.get("words.evidence.exclusion_grounds"), grounds(finding)});
    }
    lines.add(new String[] {texts.get("words.evidence.evidence_basis"), basis(finding)});
    return lines;
  }

  /**
   * The record's facts as key, label and value, in the order the rule gave them, without the keys
   * the sentence already says or only the machine needs.
   */
  List<String[]> facts(Finding finding) {
    List<String[]> facts = new ArrayList<>();
    for (Map.Entry<String, String> entry : finding.evidence().entrySet()) {
      String key = entry.getKey();
      if (LEFT_OUT.contains(key) || entry.getValue() == null || entry.getValue().isBlank()) {
        continue;
      }
      facts.add(
          new String[] {
            key,
            texts.getOrDefault("words.evidence." + key, texts.evidenceLabel(key)),
            PersonalNumbers.mask(value(key, entry.getValue()))
          });
    }
    return facts;
  }

  /** A ground in words, e.g. "bedrägeri". */
  String ground(se.vendorscreening.shared.ExclusionGround ground) {
    return texts.getOrDefault("words.ground." + ground.name(), ground.name());
  }

  /** An evidence kind in words, e.g. "Sanningsförsäkran". */
  String kind(EvidenceKind kind) {
    return texts.getOrDefault("words.evidenceKind." + kind.name(), kind.name());
  }

  /** The finding's grounds in words, each with its ESPD/eForms code (docs/evidence.md). */
  String grounds(Finding finding) {
    return finding.grounds().stream()
        .map(g -> ground(g) + " (" + g.code() + ")")
        .collect(Collectors.joining("; "));
  }

  /** The evidence the finding rests on in words: kind, registry or signer, reference, date. */
  String basis(Finding finding) {
    return finding.basis().stream().map(this::basis).collect(Collectors.joining("; "));
  }

  /** One piece of evidence in words: kind, registry or signer, reference, date. */
  String basis(EvidenceBasis basis) {
    List<String> parts = new ArrayList<>();
    if (basis.registry() != null) {
      parts.add(check(basis.registry()));
    }
    if (basis.declaredBy() != null) {
      parts.add(texts.get("words.basis.signedBy", basis.declaredBy()));
    }
    if (basis.issuer() != null) {
      parts.add(texts.get("words.basis.issuer", basis.issuer()));
    }
    if (basis.reference() != null) {
      // the extract's "file line 6" or "file lines 2, 5" in the report's language
      String reference =
          basis
              .reference()
              .replace(" (no record)", "")
              .replace(" lines ", " " + texts.get("words.basis.lines") + " ")
              .replace(" line ", " " + texts.get("words.basis.line") + " ");
      int slash = Math.max(reference.lastIndexOf('/'), reference.lastIndexOf('\\'));
      parts.add(
          slash >= 0 && !reference.contains("://") ? reference.substring(slash + 1) : reference);
    }
    if (basis.date() != null) {
      parts.add(texts.get(dateKey(basis), basis.date().toString()));
    }
    String kind = kind(basis.kind());
    if (parts.isEmpty() && basis.kind() == EvidenceKind.REGISTRY) {
      // a registry answer that names no registry, file or date is one that was not had (a foreign
      // party's missing evidence): say so rather than suggest an answer
      parts.add(texts.get("words.basis.noAnswer"));
    }
    return parts.isEmpty() ? kind : kind + " (" + String.join(", ", parts) + ")";
  }

  /**
   * How the date of a piece of evidence reads: a registry's extract date ("uttag"), said honestly
   * when it is only the file's last-modified day or the day an HTTP registry was asked, as the
   * registries' source table says it (RegistryDates); other evidence's date ("daterad").
   */
  private static String dateKey(EvidenceBasis basis) {
    if (basis.kind() != EvidenceKind.REGISTRY) {
      return "words.basis.dated";
    }
    if (basis.dateBasis() == null) {
      return "words.basis.extracted";
    }
    return switch (basis.dateBasis()) {
      case EXTRACT -> "words.basis.extracted";
      case FILE_MODIFIED -> "registry.asOf." + RegistryDates.Basis.FILE_MODIFIED.name();
      case RETRIEVED -> "registry.asOf." + RegistryDates.Basis.RUN.name();
    };
  }

  /** The lines joined as one text, "label: value" a line. */
  String text(Finding finding) {
    return lines(finding).stream()
        .map(line -> line[0] + ": " + line[1])
        .collect(Collectors.joining("\n"));
  }

  private String value(String key, String value) {
    return switch (key) {
      case "offence_category" -> category(value);
      case "lookback" -> texts.duration(value);
      case "status" -> status(value);
      case "missing" -> missing(value);
      case "debts", "not_covered" -> debts(value);
      case "override_decision" -> decision(value);
      case "check" -> check(value);
      case "subcontractor_decision" -> decision(value);
      case "profile" -> texts.getOrDefault("organisedCrimeProfile." + value.strip(), value.strip());
      case "total_amount_sek",
          "amount_sek",
          "revenue_sek",
          "annual_value_sek",
          "contract_value_sek",
          "eu_threshold_sek",
          "minor_amount_limit_sek" ->
          amount(value);
      case "criteria_met" -> value.replace(",", ", ");
      case "sanctioned_countries" -> countries(value);
      case "explanation_path", "ownership_cycle" -> chain(value);
      case "reasons" -> marked(value);
      case "sanctioned_share_percent",
          "threshold_percent",
          "subcontract_share_percent",
          "share_limit_percent" ->
          percent(value) + "\u00a0%";
      default -> value;
    };
  }

  /** An offence category in words, e.g. "penningtvätt"; unknown ones as given. */
  String category(String code) {
    if (code == null || code.isBlank()) {
      return "–";
    }
    return texts.getOrDefault("words.category." + code.strip(), code.strip().toLowerCase());
  }

  String status(String code) {
    return code == null ? "–" : texts.getOrDefault("words.status." + code.strip(), code.strip());
  }

  String check(String code) {
    return code == null ? "–" : texts.getOrDefault("words.check." + code.strip(), code.strip());
  }

  /** A decision code in the shared labels. */
  String decision(String code) {
    try {
      return texts.decision(Decision.valueOf(code.strip()));
    } catch (RuntimeException unknown) {
      return code == null ? "–" : code;
    }
  }

  /** Registrations a company lacks, e.g. {@code F_TAX|VAT} as "F-skatt och momsregistrering". */
  String missing(String codes) {
    if (codes == null || codes.isBlank()) {
      return "–";
    }
    List<String> words =
        Arrays.stream(codes.split("[|,]"))
            .map(String::strip)
            .filter(code -> !code.isEmpty())
            .map(code -> texts.getOrDefault("words.registration." + code, code))
            .toList();
    return joinedAsList(words);
  }

  /** "a", "a och b", "a, b och c" (or "and"). */
  String joinedAsList(List<String> words) {
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " "
        + texts.get("words.and")
        + " "
        + words.get(words.size() - 1);
  }

  /**
   * Roles as the relationship graph writes them, e.g. {@code BOARD+OWNER 40 %}, in words:
   * "styrelseledamot och ägare 40 %".
   */
  String roles(String codes) {
    return roles(codes, false);
  }

  /**
   * The roles in words, each role's words joined by no-break spaces when {@code keptWhole}, so that
   * a label broken into lines breaks only between roles ("verkställande direktör" stays on one
   * line).
   */
  String roles(String codes, boolean keptWhole) {
    if (codes == null || codes.isBlank()) {
      return "";
    }
    List<String> words = new ArrayList<>();
    for (String part : codes.split("\\+")) {
      String code = part.strip();
      int space = code.indexOf(' ');
      String role = space < 0 ? code : code.substring(0, space);
      String rest = space < 0 ? "" : code.substring(space);
      String word = texts.role(role).toLowerCase(texts.locale()) + rest;
      words.add(keptWhole ? word.replace(' ', '\u00a0') : word);
    }
    return joinedAsList(words);
  }

  /**
   * A chain of the relationship graph, e.g. {@code A ←CEO– Person –BOARD→ B}, with its role codes
   * in words: "A ←vd– Person –styrelseledamot→ B".
   */
  String chain(String chain) {
    Matcher reasons = MARKED_IN_CHAIN.matcher(chain);
    StringBuilder marked = new StringBuilder();
    while (reasons.find()) {
      reasons.appendReplacement(
          marked,
          Matcher.quoteReplacement("[" + marked(reasons.group(1)) + " " + reasons.group(2) + "]"));
    }
    reasons.appendTail(marked);
    Matcher codes = ROLE_IN_CHAIN.matcher(marked);
    StringBuilder words = new StringBuilder();
    while (codes.find()) {
      codes.appendReplacement(
          words, Matcher.quoteReplacement(codes.group(1) + roles(codes.group(2)) + codes.group(3)));
    }
    codes.appendTail(words);
    // a share stays on one line with its per cent sign
    return words.toString().replace(" %", "\u00a0%");
  }

  /** Why a company of a phoenix chain is marked: {@code [BANKRUPT 2025-03-10]}. */
  private static final Pattern MARKED_IN_CHAIN =
      Pattern.compile("\\[(EXCLUDED|BANKRUPT|LIQUIDATION) (\\d{4}-\\d{2}-\\d{2})\\]");

  /** Codes of marked companies ({@code EXCLUDED|BANKRUPT}) in words. */
  String marked(String codes) {
    if (codes == null || codes.isBlank()) {
      return "–";
    }
    List<String> words = new ArrayList<>();
    for (String code : codes.split("\\|")) {
      words.add(texts.getOrDefault("words.marked." + code.strip(), code.strip()));
    }
    return joinedAsList(words);
  }

  /**
   * Roles between the dashes and arrows of a chain: {@code –BOARD+OWNER 40 %→}, a role with the
   * dates it was held {@code –BOARD 2019-03-01..2025-02-01→}.
   */
  private static final Pattern ROLE_IN_CHAIN =
      Pattern.compile(
          "([←–])([A-Z][A-Z_]*(?: [\\d.,]+ %| [\\d-]*\\.\\.[\\d-]*)?"
              + "(?:\\+[A-Z][A-Z_]*(?: [\\d.,]+ %| [\\d-]*\\.\\.[\\d-]*)?)*)([–→])");

  /** Country codes ({@code RU|BY}) as the countries' names in the run's language. */
  String countries(String codes) {
    if (codes == null || codes.isBlank()) {
      return "–";
    }
    List<String> names = new ArrayList<>();
    for (String code : codes.split("[|,]")) {
      String iso = code.strip();
      if (iso.isEmpty()) {
        continue;
      }
      String name = new Locale("", iso.toUpperCase(Locale.ROOT)).getDisplayCountry(texts.locale());
      names.add(name.isBlank() || name.equalsIgnoreCase(iso) ? iso : name);
    }
    return joinedAsList(names);
  }

  /** A percentage given as plain digits, e.g. {@code 54.5} as "54,5". */
  String percent(String plain) {
    if (plain == null || plain.isBlank()) {
      return "–";
    }
    try {
      NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
      format.setMaximumFractionDigits(2);
      return format.format(new BigDecimal(plain.strip()));
    } catch (NumberFormatException notANumber) {
      return plain;
    }
  }

  /** An amount in kronor given as plain digits, e.g. "9500000" as "9 500 000 kr". */
  String amount(String plain) {
    if (plain == null || plain.isBlank()) {
      return "–";
    }
    try {
      return texts.amount(new BigDecimal(plain.strip().replace(" ", "")));
    } catch (NumberFormatException notANumber) {
      return plain;
    }
  }

  /** A similarity such as {@code 0.934} as "0,93". */
  String score(String plain) {
    try {
      return String.format(texts.locale(), "%.2f", Double.parseDouble(plain));
    } catch (NumberFormatException notANumber) {
      return plain;
    }
  }

  /** How many debts a {@code debts} evidence lists. */
  int debtCount(String debts) {
    return debts == null || debts.isBlank() ? 0 : debts.split(";").length;
  }

  /**
   * The debts as screening lists them ({@code TAX 184000 SEK 2026-05-12 KFM-A-2026-041277; …}) in
   * words: "skatt 184 000 kr, registrerad 2026-05-12, KFM-A-2026-041277".
   */
  String debts(String debts) {
    List<String> described = new ArrayList<>();
    for (String debt : debts.split(";")) {
      String[] parts = debt.strip().split(" ");
      if (parts.length < 4 || !"SEK".equals(parts[2])) {
        described.add(debt.strip());
        continue;
      }
      String reference =
          parts.length > 4 ? String.join(" ", Arrays.copyOfRange(parts, 4, parts.length)) : "";
      described.add(
          texts.get(
                  "words.debt",
                  texts.getOrDefault("words.debtType." + parts[0], parts[0]),
                  amount(parts[1]),
                  parts[3])
              + (reference.isEmpty() ? "" : ", " + reference));
    }
    return String.join("; ", described);
  }
}
