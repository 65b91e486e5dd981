package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.screening.OutputFile;

class AuditFactsOutputsTests {

  @Test
  void runFilesAreListedOneByOneAndPerPartyDocumentsSummedUpPerKind() {
    // given: a large run's folder, a certificate per party and a hearing letter per flagged party
    List<OutputFile> outputs = new ArrayList<>();
    outputs.add(new OutputFile("results.csv", "a".repeat(64), 1200));
    outputs.add(new OutputFile("report.pdf", "b".repeat(64), 5000));
    for (int i = 1; i <= 15_000; i++) {
      outputs.add(
          new OutputFile("certificates/%05d-555555-0000.pdf".formatted(i), "c".repeat(64), 10));
    }
    for (int i = 1; i <= 3_000; i++) {
      outputs.add(
          new OutputFile("kommunicering-%04d-555555-0000.pdf".formatted(i), "d".repeat(64), 7));
    }

    // when
    String facts = AuditFacts.outputs(outputs);

    // then: the record stays small enough for the trail's facts column, and says what was written
    assertThat(facts)
        .isEqualTo(
            "results.csv sha256="
                + "a".repeat(64)
                + " bytes=1200; report.pdf sha256="
                + "b".repeat(64)
                + " bytes=5000; certificates/* files=15000 bytes=150000;"
                + " kommunicering-* files=3000 bytes=21000");
  }

  @Test
  void aFileNamedLikeALetterInsideAnotherFolderIsListedByItself() {
    String facts =
        AuditFacts.outputs(List.of(new OutputFile("x/kommunicering-1.pdf", "e".repeat(64), 3)));

    assertThat(facts).isEqualTo("x/kommunicering-1.pdf sha256=" + "e".repeat(64) + " bytes=3");
  }
}
