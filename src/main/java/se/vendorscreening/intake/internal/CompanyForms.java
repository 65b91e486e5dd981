package se.vendorscreening.intake.internal;

import java.util.regex.Pattern;

/**
 * Recognises names of legal persons (aktiebolag, handelsbolag, föreningar, foreign companies): such
 * a party has an organisation number of its own, so a personnummer given for it is a mistake. Only
 * a sole trader (enskild firma) uses its owner's personnummer.
 */
final class CompanyForms {

  private static final Pattern LEGAL_PERSON =
      Pattern.compile(
          "(?iu)(^|[^\\p{L}])(ab|aktiebolag|hb|handelsbolag|kb|kommanditbolag|ek\\.? ?för\\.?"
              + "|ekonomisk förening|ideell förening|stiftelse|\\(publ\\)|gmbh|ag|oy|as|a/s|aps"
              + "|ltd|limited|llc|inc|plc|bv|nv|sa|sarl|srl|spa)($|[^\\p{L}])");

  private CompanyForms() {}

  static boolean isLegalPerson(String name) {
    return LEGAL_PERSON.matcher(name).find();
  }
}
