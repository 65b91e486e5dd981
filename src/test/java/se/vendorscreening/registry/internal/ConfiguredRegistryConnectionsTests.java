package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import se.vendorscreening.registry.CompanyStatus;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistryExtract;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.shared.IdentityNumber;

class ConfiguredRegistryConnectionsTests {

  static final Path SAMPLE = Path.of("sample-data/registries");

  @TempDir Path dir;

  @Test
  void loadsTheSampleExtractsWithoutARejectedRow() {
    // when
    Registries registries = connections("file").open(SAMPLE);

    // then
    assertThat(registries.mode()).isEqualTo("file");
    assertThat(RegistryExtract.rejectedRowsOf(registries)).isEmpty();
    assertThat(registries.sources())
        .extracting(RegistrySource::check)
        .containsExactly(
            RegistryChecks.TAX_ARREARS,
            RegistryChecks.CONVICTIONS,
            RegistryChecks.FINANCIAL_STANDING,
            RegistryChecks.NETWORK_ASSESSMENTS);
    assertThat(registries.sources()).allSatisfy(source -> assertThat(source.sha256()).hasSize(64));
    assertThat(registries.sources())
        .allSatisfy(source -> assertThat(source.records()).isPositive());
  }

  @Test
  void theSampleExtractsCarryThePlantedRecords() {
    // given
    Registries registries = connections("file").open(SAMPLE);

    // when / then
    assertThat(
            registries
                .convictions()
                .convictionsOf(person("196101772389", "Milan Petrović"))
                .records())
        .extracting(ConvictionRecord::offenceCategory, ConvictionRecord::finalDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MONEY_LAUNDERING", LocalDate.of(2024, 11, 5)));
    assertThat(
            registries
                .convictions()
                .convictionsOf(
                    new Subject(
                        SubjectKind.PERSON, null, "Klaus Weber", LocalDate.of(1971, 5, 14), "DE"))
                .records())
        .extracting(ConvictionRecord::birthDate)
        .containsExactly(LocalDate.of(1971, 5, 14));
    assertThat(
            registries
                .taxArrears()
                .debtsOf(company("920712-2384", "Jönssons Plattsättning"))
                .records())
        .extracting(TaxDebt::debtType, TaxDebt::amountSek, TaxDebt::finalDecision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DebtType.TAX, new BigDecimal("52000"), true));
    assertThat(
            registries
                .financialStanding()
                .standingOf(company("555007-5898", "Sjödalens Låssmed AB"))
                .records())
        .isEmpty();
    assertThat(
            registries
                .financialStanding()
                .standingOf(company("557346-0838", "Segeltorps Transport AB"))
                .records())
        .extracting(FinancialStanding::status)
        .containsExactly(CompanyStatus.LIQUIDATION);
    assertThat(
            registries
                .networkAssessments()
                .assessmentsOf(person("790519-2394", "Dragan Lindström"))
                .records())
        .extracting(NetworkAssessment::criteriaMet)
        .containsExactly(Set.of(1, 2, 3, 4, 6, 9));
  }

  @Test
  void aMissingExtractFailsThatCheckForEveryPartyButNotTheOthers() throws IOException {
    // given
    for (String name :
        new String[] {
          "tax-arrears.csv", "financial-standing.csv", "organised-crime-assessments.csv"
        }) {
      Files.copy(SAMPLE.resolve(name), dir.resolve(name));
    }

    // when
    Registries registries = connections("file").open(dir);

    // then
    assertThatThrownBy(
            () -> registries.convictions().convictionsOf(person("910509-2382", "Lars Ström")))
        .isInstanceOfSatisfying(
            RegistryCheckFailedException.class,
            failure -> {
              assertThat(failure.check()).isEqualTo(RegistryChecks.CONVICTIONS);
              assertThat(failure.getMessage()).contains("convictions(.csv/.xlsx) is missing");
            });
    assertThat(
            registries
                .taxArrears()
                .debtsOf(company("558161-2586", "Flemingsbergs Städservice AB"))
                .records())
        .hasSize(1);
    assertThat(registries.sources().get(1).location()).endsWith("convictions.csv (missing)");
  }

  @Test
  void aRegistriesFolderThatDoesNotExistFailsTheRun() {
    assertThatThrownBy(() -> connections("file").open(dir.resolve("nowhere")))
        .isInstanceOf(RegistryCheckFailedException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void httpModeAsksTheRegistryButReadsNetworkAssessmentsFromTheFolder() {
    // when
    Registries registries = connections("http").open(SAMPLE);

    // then
    assertThat(registries.mode()).isEqualTo("http");
    assertThat(registries.taxArrears()).isInstanceOf(HttpTaxArrearsRegistry.class);
    assertThat(registries.convictions()).isInstanceOf(HttpConvictionRegistry.class);
    assertThat(registries.financialStanding()).isInstanceOf(HttpFinancialStandingRegistry.class);
    assertThat(registries.networkAssessments()).isInstanceOf(CsvNetworkAssessments.class);
    assertThat(registries.sources())
        .extracting(RegistrySource::location, RegistrySource::records)
        .startsWith(org.assertj.core.groups.Tuple.tuple("http://127.0.0.1:9/api/tax-arrears", -1L));
  }

  private static ConfiguredRegistryConnections connections(String mode) {
    RegistriesProperties properties =
        new RegistriesProperties(
            mode,
            SAMPLE,
            new RegistriesProperties.Http(
                "http://127.0.0.1:9/api/",
                "t",
                java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(1),
                0,
                java.time.Duration.ofMillis(1),
                java.time.Duration.ofMillis(1),
                java.time.Duration.ZERO,
                java.time.Duration.ofSeconds(1),
                2,
                100));
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("clock", Clock.systemUTC());
    return new ConfiguredRegistryConnections(
        properties,
        new EvidenceStore(EvidenceTables.inMemory(), RegistryTimers.SHARED),
        beans.getBeanProvider(Clock.class),
        Runnable::run,
        RegistryTimers.SHARED);
  }

  static Subject person(String number, String name) {
    return new Subject(SubjectKind.PERSON, IdentityNumber.parse(number), name, null, "SE");
  }

  static Subject company(String number, String name) {
    return new Subject(SubjectKind.COMPANY, IdentityNumber.parse(number), name, null, "SE");
  }
}
