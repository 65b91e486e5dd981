package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.vendorscreening.screening.PartyResult;

class DocumentFileNamesTests {

  /** The names as they were made before they were built by hand. */
  private static String formatted(String pattern, int index, PartyResult party) {
    String number = PdfReportWriter.maskedNumber(party.orgNo()).toLowerCase(Locale.ROOT);
    String safe = number.replace('*', 'x').replaceAll("[^a-z0-9-]", "_");
    return String.format(Locale.ROOT, pattern, index, safe);
  }

  private static PartyResult party(String orgNo) {
    return aPartyResult().withOrgNo(orgNo).build();
  }

  @Test
  void namesACertificateAndALetterByTheirPlaceAndTheMaskedNumber() {
    assertThat(CertificateFolderWriter.fileName(42, party("556938-2160")))
        .isEqualTo("000042-556938-2160.pdf");
    assertThat(CertificateFolderWriter.fileName(43, party("19910509-2382")))
        .isEqualTo("000043-910509-xxxx.pdf");
    assertThat(HearingLetterWriter.fileName(7, party("5569382160")))
        .isEqualTo("kommunicering-007-556938-2160.pdf");
    assertThat(HearingLetterWriter.fileName(1234, party("556938-2160")))
        .isEqualTo("kommunicering-1234-556938-2160.pdf");
  }

  @Test
  void givesTheSameNamesAsTheFormatAndTheRegularExpressionDid() {
    Random random = new Random(20261204);
    List<String> fixed =
        List.of(
            "556938-2160",
            "19910509-2382",
            "920712+2391",
            "SE556938216001",
            "Åkeri 12/34",
            "n\u00e5got \ud83d\ude00 annat",
            "\ud83d\ude00",
            "",
            "AB-*-cd",
            "x\ud800y");
    String alphabet = "aZ09-*_/ .åÖé\u00a0\ud83d\ude00\ud800#";
    for (int round = 0; round < 2_000; round++) {
      String orgNo;
      if (round < fixed.size()) {
        orgNo = fixed.get(round);
      } else {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(16); i > 0; i--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        orgNo = text.toString();
      }
      int index = random.nextInt(3) == 0 ? random.nextInt(10_000_000) : 1 + random.nextInt(999);
      PartyResult party = party(orgNo);
      assertThat(CertificateFolderWriter.fileName(index, party))
          .as("certificate %d of %s", index, orgNo)
          .isEqualTo(formatted("%06d-%s.pdf", index, party));
      assertThat(HearingLetterWriter.fileName(index, party))
          .as("letter %d of %s", index, orgNo)
          .isEqualTo(formatted("kommunicering-%03d-%s.pdf", index, party));
    }
    assertThat(CertificateFolderWriter.numberedFileName("", -5, 6, party("556938-2160")))
        .isEqualTo(formatted("%06d-%s.pdf", -5, party("556938-2160")));
  }
}
