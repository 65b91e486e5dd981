package se.vendorscreening.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The digits of an identity number are read without a regex for the common writings; whatever the
 * text, they are what the pattern {@code [0-9]{6,8}[-+]?[0-9]{4}} and the separator's removal give,
 * and a text the pattern refuses is refused with the same message.
 */
class IdentityNumberTextTests {

  private static final Pattern ALLOWED = Pattern.compile("[0-9]{6,8}[-+]?[0-9]{4}");

  /** The reading by the pattern alone, as before the quick paths. */
  private static String byPattern(String text) {
    String trimmed = text.strip();
    if (!ALLOWED.matcher(trimmed).matches()) {
      return "refused: not an identity number";
    }
    String digits = trimmed.replace("-", "").replace("+", "");
    return digits.length() == 10 || digits.length() == 12 ? digits : "refused: length";
  }

  private static String read(String text) {
    try {
      return IdentityNumberText.digitsOf(text);
    } catch (InvalidIdentityNumberException e) {
      return e.getMessage().contains("expected 10 or 12 digits with")
          ? "refused: not an identity number"
          : "refused: length";
    }
  }

  @Property(tries = 20000)
  void readsEveryTextAsThePatternDoes(@ForAll("numberLike") String text) {
    assertThat(read(text)).isEqualTo(byPattern(text));
  }

  /** Texts near a number: written as people write them, with a character or two changed. */
  @Provide
  Arbitrary<String> numberLike() {
    net.jqwik.api.arbitraries.StringArbitrary digits = Arbitraries.strings().numeric();
    Arbitrary<String> written =
        net.jqwik.api.Combinators.combine(
                digits.ofMinLength(5).ofMaxLength(9),
                Arbitraries.of("", "-", "+", " ", "--", "\u00A0"),
                digits.ofMinLength(3).ofMaxLength(5))
            .as((head, separator, tail) -> head + separator + tail);
    Arbitrary<String> changed =
        net.jqwik.api.Combinators.combine(
                written,
                Arbitraries.integers().between(0, 14),
                Arbitraries.of('x', '-', '+', ' ', '\u0663', '0'))
            .as(
                (text, at, c) ->
                    at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text);
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("0123456789-+ x").ofMinLength(9).ofMaxLength(15);
    return Arbitraries.oneOf(written, changed, noise);
  }

  @Test
  void readsTheCommonWritings() {
    assertThat(IdentityNumberText.digitsOf(" 800102-2386 ")).isEqualTo("8001022386");
    assertThat(IdentityNumberText.digitsOf("19800102+2386")).isEqualTo("198001022386");
    assertThat(IdentityNumberText.digitsOf("556677-8899")).isEqualTo("5566778899");
    assertThatThrownBy(() -> IdentityNumberText.digitsOf("8001022-2386"))
        .isInstanceOf(InvalidIdentityNumberException.class)
        .hasMessageContaining("expected 10 or 12 digits");
    assertThatThrownBy(() -> IdentityNumberText.digitsOf("800102-238٦"))
        .isInstanceOf(InvalidIdentityNumberException.class);
  }

  @Test
  void givesATenDigitPersonalNumberItsCentury() {
    LocalDate today = LocalDate.of(2026, 12, 4);
    // Skatteverket's test numbers
    assertThat(PersonalIdentityNumber.parse("200101-2398", today).digits())
        .isEqualTo("202001012398");
    assertThat(PersonalIdentityNumber.parse("800102-2386", today).digits())
        .isEqualTo("198001022386");
    assertThat(PersonalIdentityNumber.parse("900101+9802", today).digits())
        .isEqualTo("189001019802");
  }
}
