package se.vendorscreening.intake.internal;

/**
 * Cleans cell text the way exports write it: spaces that Excel and e-procurement systems leave
 * around values (non-breaking, thin, narrow no-break, zero-width, a stray byte order mark) are
 * trimmed, and text that no person typed (control characters) is recognised.
 */
final class CellText {

  private CellText() {}

  /** The text without any kind of space or invisible mark at either end. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlankMark(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlankMark(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Whether the character is a space of any width, or an invisible mark. */
  static boolean isBlankMark(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200b'
        || c == '\u2060'
        || c == '\ufeff';
  }

  /** The first control character in the text (a tab or line break counts), or -1. */
  static int firstControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return c;
      }
    }
    return -1;
  }

  /** The text with every kind of space removed (inside numbers and amounts). */
  static String withoutSpaces(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isBlankMark(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
