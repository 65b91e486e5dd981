package se.vendorscreening.shared;

import java.util.Locale;
import org.apache.commons.codec.language.ColognePhonetic;

/**
 * Writes a name word the same way whichever of its usual Swedish and international spellings it
 * came in, so that spelling variants cost no edits: diacritics dropped or written out ({@code
 * å}/{@code aa}, {@code ä}/{@code ae}, {@code ö}/{@code oe}/{@code ø}, {@code é}/{@code e}), C/K,
 * Ph/F, Th/T, Qv/Kv, W/V, Z/S, double letters ({@code ss}/{@code s}, {@code -sson}/{@code -son}).
 * Also gives a word's phonetic code (Kölner Phonetik) for blocking: it keeps a word's consonant
 * skeleton, so vowel typos and most of the variants above give the same code (docs/matching.md says
 * why that codec).
 */
public final class NameSpelling {

  private static final ColognePhonetic COLOGNE = new ColognePhonetic();

  private NameSpelling() {}

  /** The word's canonical spelling: lower-case ASCII letters and digits, variants unified. */
  public static String canonical(String word) {
    String folded = PartyNames.withoutDiacritics(word.toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      char next = i + 1 < folded.length() ? folded.charAt(i + 1) : 0;
      switch (c) {
        case 'ø' -> out.append('o');
        case 'æ' -> out.append('a');
        case 'ß' -> out.append('s');
        case 'ł' -> out.append('l');
        case 'đ' -> out.append('d');
        case 'w' -> out.append('v');
        case 'z' -> out.append('s');
        case 'q' -> out.append('k');
        case 'x' -> out.append("ks");
        case 'c' -> {
          if (next == 'k' || next == 'h') {
            out.append('k');
            i++;
          } else {
            out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
          }
        }
        case 'p' -> {
          if (next == 'h') {
            out.append('f');
            i++;
          } else {
            out.append('p');
          }
        }
        case 't', 'd' -> {
          if (next == 'h' || (c == 'd' && next == 't')) {
            out.append('t');
            i++;
          } else {
            out.append(c);
          }
        }
        case 'a', 'o', 'u' -> {
          out.append(c);
          if (next == 'e' || (c == 'a' && next == 'a')) {
            i++;
          }
        }
        default -> {
          if (Character.isLetterOrDigit(c)) {
            out.append(c);
          }
        }
      }
    }
    return withoutDoubles(out);
  }

  /** The phonetic code of a word (Kölner Phonetik over its canonical spelling). */
  public static String phonetic(String word) {
    String canonical = canonical(word);
    String code = COLOGNE.encode(canonical);
    return code.isEmpty() ? canonical : code;
  }

  private static String withoutDoubles(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (i == 0 || text.charAt(i) != text.charAt(i - 1)) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }
}
