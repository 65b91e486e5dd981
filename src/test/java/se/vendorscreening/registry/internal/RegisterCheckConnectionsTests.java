package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistrySource;

/** How the register check is opened with the registries: off, a file, or HTTP. */
class RegisterCheckConnectionsTests {

  @TempDir Path dir;

  @Test
  void isOffByDefaultAndTheRunReadsWhatItReadBefore() {
    // when
    Registries registries =
        connections("file", new RegisterCheckProperties("off", null, null))
            .open(ConfiguredRegistryConnectionsTests.SAMPLE);

    // then
    assertThat(registries.registerCheckIfOn()).isEmpty();
    assertThat(registries.sources())
        .extracting(RegistrySource::check)
        .doesNotContain(RegistryChecks.REGISTER_CHECK);
  }

  @Test
  void readsTheFileOfTheRegistriesFolderWhenTurnedOn() throws IOException {
    // given
    copySampleExtracts();
    Files.writeString(
        dir.resolve("register-check.csv"),
        CsvRegisterCheckTests.HEADER
            + "557346-0838,,CRITERION.EXCLUSION.CONVICTIONS.FRAUD,NO,BV-1,2026-11-20,\n");

    // when
    Registries registries =
        connections("file", new RegisterCheckProperties("file", null, null)).open(dir);

    // then
    assertThat(registries.registerCheckIfOn()).containsInstanceOf(CsvRegisterCheck.class);
    assertThat(registries.sources())
        .filteredOn(s -> s.check().equals(RegistryChecks.REGISTER_CHECK))
        .singleElement()
        .satisfies(
            source -> {
              assertThat(source.location()).endsWith("register-check.csv");
              assertThat(source.records()).isEqualTo(1);
              assertThat(source.sha256()).hasSize(64);
            });
  }

  @Test
  void theSampleFileLoadsWithoutARejectedRow() {
    // when
    Registries registries =
        connections("file", new RegisterCheckProperties("file", null, null))
            .open(ConfiguredRegistryConnectionsTests.SAMPLE);

    // then
    assertThat(se.vendorscreening.registry.RegistryExtract.rejectedRowsOf(registries)).isEmpty();
    assertThat(
            registries
                .registerCheck()
                .answersAbout(
                    CsvTaxArrearsRegistryTests.company("554756-4699", "Ängsnäs Takläggning AB"))
                .records())
        .extracting(a -> a.outcome().name())
        .containsExactly("YES");
  }

  @Test
  void aMissingFileFailsTheCheckForEverySubjectNeverReadsAsNoRecords() throws IOException {
    // given
    copySampleExtracts();

    // when
    Registries registries =
        connections("file", new RegisterCheckProperties("file", null, null)).open(dir);

    // then
    assertThatThrownBy(
            () ->
                registries
                    .registerCheck()
                    .answersAbout(CsvTaxArrearsRegistryTests.company("557346-0838", "x")))
        .isInstanceOfSatisfying(
            RegistryCheckFailedException.class,
            failure -> {
              assertThat(failure.check()).isEqualTo(RegistryChecks.REGISTER_CHECK);
              assertThat(failure.getMessage()).contains("register-check(.csv/.xlsx) is missing");
            });
  }

  @Test
  void overHttpUsesTheRegistriesSettingsWithItsOwnBaseUrl() {
    // when
    Registries withOwnUrl =
        connections("file", new RegisterCheckProperties("http", "http://127.0.0.1:9/bv/", null))
            .open(ConfiguredRegistryConnectionsTests.SAMPLE);
    Registries withRegistriesUrl =
        connections("file", new RegisterCheckProperties("http", null, null))
            .open(ConfiguredRegistryConnectionsTests.SAMPLE);

    // then
    assertThat(withOwnUrl.registerCheckIfOn()).containsInstanceOf(HttpRegisterCheck.class);
    assertThat(withOwnUrl.sources())
        .extracting(RegistrySource::location)
        .contains("http://127.0.0.1:9/bv/register-check");
    assertThat(withRegistriesUrl.sources())
        .extracting(RegistrySource::location)
        .contains("http://127.0.0.1:9/api/register-check");
  }

  @Test
  void refusesAModeItDoesNotKnow() {
    assertThatThrownBy(
            () ->
                connections("file", new RegisterCheckProperties("sometimes", null, null))
                    .open(ConfiguredRegistryConnectionsTests.SAMPLE))
        .hasMessageContaining("off, file or http");
  }

  private void copySampleExtracts() throws IOException {
    for (String name :
        new String[] {
          "tax-arrears.csv",
          "convictions.csv",
          "financial-standing.csv",
          "organised-crime-assessments.csv"
        }) {
      Files.copy(ConfiguredRegistryConnectionsTests.SAMPLE.resolve(name), dir.resolve(name));
    }
  }

  private static ConfiguredRegistryConnections connections(
      String mode, RegisterCheckProperties registerCheck) {
    RegistriesProperties properties =
        new RegistriesProperties(
            mode,
            ConfiguredRegistryConnectionsTests.SAMPLE,
            new RegistriesProperties.Http(
                "http://127.0.0.1:9/api/",
                "t",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                0,
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                Duration.ZERO,
                Duration.ofSeconds(1),
                2,
                100));
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("clock", Clock.systemUTC());
    return new ConfiguredRegistryConnections(
        properties,
        registerCheck,
        new EvidenceStore(EvidenceTables.inMemory(), RegistryTimers.SHARED),
        beans.getBeanProvider(Clock.class),
        Runnable::run,
        RegistryTimers.SHARED);
  }
}
