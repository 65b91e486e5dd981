package se.vendorscreening.reporting.internal;

import java.awt.Color;
import se.vendorscreening.shared.Decision;

/** The colours both reports give a decision: a light fill for rows and a strong one for bars. */
final class DecisionColours {

  private DecisionColours() {}

  static Color fill(Decision decision) {
    return switch (decision) {
      case EXCLUDE -> new Color(0xF4, 0xC7, 0xC3);
      case INCOMPLETE -> new Color(0xD9, 0xD9, 0xD9);
      case REVIEW -> new Color(0xFF, 0xE6, 0x99);
      case CLEAR -> new Color(0xC6, 0xEF, 0xCE);
    };
  }

  static Color bar(Decision decision) {
    return switch (decision) {
      case EXCLUDE -> new Color(0xC0, 0x39, 0x2B);
      case INCOMPLETE -> new Color(0x7F, 0x7F, 0x7F);
      case REVIEW -> new Color(0xE6, 0xA1, 0x00);
      case CLEAR -> new Color(0x2E, 0x8B, 0x57);
    };
  }
}
