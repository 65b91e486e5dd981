package se.vendorscreening.registry.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The exclusion-ground codes the register check answers with: ESPD/eForms {@code
 * CRITERION.EXCLUSION.*} codes (docs/register-check.md). A code of that form the rules do not know
 * is kept as given and satisfies nothing; anything else is not the protocol.
 */
final class RegisterCheckGrounds {

  private static final Pattern CODE =
      Pattern.compile("CRITERION\\.EXCLUSION(\\.[A-Z0-9_-]+)+", Pattern.CASE_INSENSITIVE);

  private RegisterCheckGrounds() {}

  /** The code in upper case, or null when it is not an exclusion-ground code. */
  static String normalised(String code) {
    if (code == null) {
      return null;
    }
    String stripped = code.strip();
    return CODE.matcher(stripped).matches() ? stripped.toUpperCase(Locale.ROOT) : null;
  }
}
