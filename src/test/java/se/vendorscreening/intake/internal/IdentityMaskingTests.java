package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityMaskingTests {

  @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
  @CsvSource({
    "801028-2393, 801028-****",
    "8010282393, 801028-****",
    "19801028-2393, 801028-****",
    "801028+2393, 801028-****",
    "196101772389, 610177-****",
    "80102-2393, 80102-2***",
    "19801028-239, 198010**-***",
    "555242-9028, 555242-9028",
    "16555242-9028, 16555242-9028",
    "DE:DE287654321, DE:DE287654321",
    "SUPPLIER, SUPPLIER",
    "2026-02-30, 2026-02-30"
  })
  void hidesAllButTheBirthDateOfWhatMayBeAPersonalNumber(String value, String shown) {
    assertThat(IdentityMasking.mask(value)).isEqualTo(shown);
  }
}
