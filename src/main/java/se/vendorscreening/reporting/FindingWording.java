package se.vendorscreening.reporting;

import java.util.List;
import java.util.Locale;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.ProcurementType;

/**
 * A finding in the words the PDF and the workbook use, for pages that show it one at a time (the
 * console's party page): the same rule titles, sentences, evidence labels, exclusion grounds and
 * evidence kinds, from the same message keys.
 */
public interface FindingWording {

  /** The finding in the language (Swedish unless English is asked for). */
  WordedFinding of(Finding finding, Locale language);

  /**
   * Where the finding's record came from, as the PDF names it: the registry with the date of its
   * data ("Brottmålsdomar, uppgift per 2026-11-27"), or else the evidence it rests on in words;
   * null when it rests on neither (a chain of the relationship graph, said in its sentence).
   *
   * @param run the run whose registries the finding was checked against
   */
  String source(Finding finding, RunInfo run, Locale language);

  /**
   * The finding's precise legal basis as the PDF cites it (e.g. "LOU 13 kap. 1 § första stycket
   * 2"), under the procurement's regime.
   */
  String legalBasis(Finding finding, ProcurementType regime, Locale language);

  /**
   * One finding in words.
   *
   * @param title the rule as a short title, e.g. "Dom som ska leda till uteslutning"
   * @param sentence the finding as one sentence, identity numbers of persons masked
   * @param subject who it is about, a person with the role in words
   * @param grounds the exclusion grounds it is about, in words with their ESPD/eForms codes
   * @param kinds the kinds of evidence it rests on ({@code REGISTRY}, {@code SWORN_STATEMENT},
   *     ...), in words, each once
   * @param basis the evidence it rests on, one line a piece: kind, registry or signer, reference,
   *     date
   * @param evidence the registry record's facts as label and value, in the rule's order, without
   *     the keys only the machine needs
   */
  record WordedFinding(
      String title,
      String sentence,
      String subject,
      List<InWords> grounds,
      List<InWords> kinds,
      List<String> basis,
      List<EvidenceLine> evidence) {

    public WordedFinding {
      grounds = List.copyOf(grounds);
      kinds = List.copyOf(kinds);
      basis = List.copyOf(basis);
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A code in words: an exclusion ground ("bedrägeri", {@code
   * CRITERION.EXCLUSION.CONVICTIONS.FRAUD}) or an evidence kind ("Sanningsförsäkran", {@code
   * SWORN_STATEMENT}).
   *
   * @param words the code in the language's words
   * @param code the code as ESPD/eForms or the results.csv name it
   */
  record InWords(String words, String code) {}

  /**
   * One fact of the record.
   *
   * @param key the fact's key as stored (e.g. {@code final_date})
   * @param label the key in words
   * @param value the value in words
   */
  record EvidenceLine(String key, String label, String value) {}
}
