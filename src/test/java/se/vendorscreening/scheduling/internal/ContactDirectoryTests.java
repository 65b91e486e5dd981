package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactDirectoryTests {

  private final ContactDirectory shipped = ContactDirectory.read(Path.of("config", "contacts.yml"));

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "KS-2026/317,  AVT-2026-101, avtalsansvarig.ks@kommunen.example",
    "SOC-2025/044, SOC-AVT-7,    avtal.soc@kommunen.example",
    "soc-2025/044, X-1,          avtal.soc@kommunen.example",
    "UPH-2025/1,   SBF-AVT-9,    avtal.sbf@kommunen.example|controller.sbf@kommunen.example",
    "IT-2024/009,  IT-AVT-3,     upphandling@kommunen.example",
    "KS-2026/318,  AVT-2026-900, upphandling@kommunen.example"
  })
  void findsTheContactByProcurementThenDepartmentPatternThenFallback(
      String procurementId, String contractId, String expected) {
    assertThat(shipped.contactsFor(procurementId, contractId))
        .containsExactly(expected.split("\\|"));
  }

  @Test
  void refusesSomethingThatIsNotAnAddress(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("contacts.yml"), "fallback: upphandlingen\n");

    assertThatThrownBy(() -> ContactDirectory.read(file))
        .hasMessage(file + ": key 'fallback': 'upphandlingen' is not an e-mail address");
  }

  @Test
  void saysWhichFileIsMissing(@TempDir Path dir) {
    assertThatThrownBy(() -> ContactDirectory.read(dir.resolve("nowhere.yml")))
        .hasMessage(dir.resolve("nowhere.yml") + ": the contacts file does not exist");
  }
}
