package se.vendorscreening.registry.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import se.vendorscreening.registry.ConvictionRegistry;
import se.vendorscreening.registry.FinancialStandingRegistry;
import se.vendorscreening.registry.NetworkAssessments;
import se.vendorscreening.registry.RegisterCheck;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistryConnections;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.registry.TaxArrearsRegistry;
import se.vendorscreening.registry.UnreadableExtractException;
import se.vendorscreening.shared.LogMarkers;

/**
 * Opens the four checks (and the register check when it is on) for a run in the configured mode.
 * File extracts are read and indexed once per {@link #open}. A registries folder that does not
 * exist, or an extract that cannot be read, fails the whole run; a single extract missing from an
 * existing folder fails that check for every party (INCOMPLETE), never reads as "no records".
 */
@Component
class ConfiguredRegistryConnections implements RegistryConnections, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ConfiguredRegistryConnections.class);

  private final RegistriesProperties properties;
  private final RegisterCheckProperties registerCheck;
  private final EvidenceStore evidenceStore;
  private final Clock clock;
  private final Executor loadExecutor;
  private final TaskScheduler answerTimer;
  private volatile RegistryHttpClient httpClient;
  private volatile RegistryHttpClient registerCheckClient;

  ConfiguredRegistryConnections(
      RegistriesProperties properties,
      EvidenceStore evidenceStore,
      ObjectProvider<Clock> clock,
      Executor loadExecutor,
      TaskScheduler answerTimer) {
    this(
        properties,
        new RegisterCheckProperties("off", null, null),
        evidenceStore,
        clock,
        loadExecutor,
        answerTimer);
  }

  /**
   * @param loadExecutor parses the chunks of the file extracts ({@link RegistryLoading})
   * @param answerTimer cancels an HTTP request not answered in time ({@link RegistryLoading})
   */
  @Autowired
  ConfiguredRegistryConnections(
      RegistriesProperties properties,
      RegisterCheckProperties registerCheck,
      EvidenceStore evidenceStore,
      ObjectProvider<Clock> clock,
      @Qualifier(RegistryLoading.EXECUTOR) Executor loadExecutor,
      @Qualifier(RegistryLoading.TIMER) TaskScheduler answerTimer) {
    this.properties = properties;
    this.registerCheck = registerCheck;
    this.evidenceStore = evidenceStore;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
    this.loadExecutor = loadExecutor;
    this.answerTimer = answerTimer;
  }

  @Override
  public Registries open(Path registriesDir) {
    Path dir = registriesDir != null ? registriesDir : properties.dir();
    List<RegistrySource> sources = new ArrayList<>();
    NetworkAssessments networks;
    if (!Files.isDirectory(dir) && !(properties.httpMode() && registriesDir == null)) {
      throw new UnreadableExtractException(
          RegistryChecks.NETWORK_ASSESSMENTS,
          dir.toString(),
          "registries folder " + dir + " does not exist",
          UnreadableExtractException.FOLDER_MISSING,
          List.of(),
          null);
    }
    if (properties.httpMode()) {
      RegistryHttpClient client = httpClient();
      TaxArrearsRegistry tax = new HttpTaxArrearsRegistry(client);
      ConvictionRegistry convictions = new HttpConvictionRegistry(client);
      FinancialStandingRegistry standing = new HttpFinancialStandingRegistry(client);
      sources.add(httpSource(RegistryChecks.TAX_ARREARS, client, "tax-arrears"));
      sources.add(httpSource(RegistryChecks.CONVICTIONS, client, "convictions"));
      sources.add(httpSource(RegistryChecks.FINANCIAL_STANDING, client, "financial-standing"));
      networks = networkAssessments(dir, sources);
      RegisterCheck check = registerCheck(dir, sources);
      return new Registries(tax, convictions, standing, networks, "http", sources, check);
    }
    TaxArrearsRegistry tax =
        fileCheck(
            RegistryChecks.TAX_ARREARS,
            dir,
            CsvTaxArrearsRegistry.FILE,
            CsvTaxArrearsRegistry::load,
            CsvTaxArrearsRegistry::extract,
            sources);
    ConvictionRegistry convictions =
        fileCheck(
            RegistryChecks.CONVICTIONS,
            dir,
            CsvConvictionRegistry.FILE,
            CsvConvictionRegistry::load,
            CsvConvictionRegistry::extract,
            sources);
    FinancialStandingRegistry standing =
        fileCheck(
            RegistryChecks.FINANCIAL_STANDING,
            dir,
            CsvFinancialStandingRegistry.FILE,
            CsvFinancialStandingRegistry::load,
            CsvFinancialStandingRegistry::extract,
            sources);
    networks = networkAssessments(dir, sources);
    RegisterCheck check = registerCheck(dir, sources);
    return new Registries(tax, convictions, standing, networks, "file", sources, check);
  }

  /**
   * The coordinated register check when it is on (docs/register-check.md): a file in the registries
   * folder, or HTTP with the registries' client settings; null when off.
   */
  private RegisterCheck registerCheck(Path dir, List<RegistrySource> sources) {
    if (registerCheck.off()) {
      return null;
    }
    if (registerCheck.httpMode()) {
      RegistryHttpClient client = registerCheckClient();
      sources.add(httpSource(RegistryChecks.REGISTER_CHECK, client, HttpRegisterCheck.RESOURCE));
      return new HttpRegisterCheck(client);
    }
    if (!registerCheck.fileMode()) {
      throw new IllegalStateException(
          "screening.registries.register-check.mode must be off, file or http, not "
              + registerCheck.mode());
    }
    return fileCheck(
        RegistryChecks.REGISTER_CHECK,
        dir,
        CsvRegisterCheck.FILE,
        (file, clock, executor) -> CsvRegisterCheck.load(file, clock),
        CsvRegisterCheck::extract,
        sources);
  }

  private NetworkAssessments networkAssessments(Path dir, List<RegistrySource> sources) {
    return fileCheck(
        RegistryChecks.NETWORK_ASSESSMENTS,
        dir,
        CsvNetworkAssessments.FILE,
        CsvNetworkAssessments::load,
        CsvNetworkAssessments::extract,
        sources);
  }

  @SuppressWarnings("unchecked")
  private <P, A extends P> P fileCheck(
      String check,
      Path dir,
      String baseName,
      Loader<A> load,
      Function<A, LoadedExtract<?>> extractOf,
      List<RegistrySource> sources) {
    Path file = ExtractFiles.find(dir, baseName);
    if (file == null) {
      MissingExtract missing = new MissingExtract(check, dir.resolve(baseName));
      // the run's summary tells the user in words (RunSummaryPrinter)
      log.warn(
          LogMarkers.LOG_FILE_ONLY,
          "{}: every party will be INCOMPLETE for this check",
          missing.reason());
      sources.add(RegistrySource.missing(check, dir.resolve(baseName + ".csv")));
      return (P) missing;
    }
    A adapter = load.load(file, clock, loadExecutor);
    LoadedExtract<?> extract = extractOf.apply(adapter);
    sources.add(
        new RegistrySource(
            check,
            file.toString(),
            extract.file().sha256(),
            extract.size(),
            extract.extractDate() == null ? null : extract.extractDate().toString(),
            extract.fileModified() == null ? null : extract.fileModified().toString()));
    return adapter;
  }

  /** Loads a file extract, its chunks parsed on the executor. */
  private interface Loader<A> {
    A load(Path file, Clock clock, Executor executor);
  }

  private static RegistrySource httpSource(
      String check, RegistryHttpClient client, String resource) {
    return new RegistrySource(check, client.baseUrl() + "/" + resource, null, -1);
  }

  /** Logs the HTTP registry's requests and peak in flight, when it was used. */
  @Override
  public void destroy() {
    RegistryHttpClient client = httpClient;
    if (client != null) {
      client.logUsage();
    }
    RegistryHttpClient checkClient = registerCheckClient;
    if (checkClient != null) {
      checkClient.logUsage();
    }
  }

  private RegistryHttpClient registerCheckClient() {
    RegistryHttpClient client = registerCheckClient;
    if (client == null) {
      synchronized (this) {
        if (registerCheckClient == null) {
          registerCheckClient =
              new RegistryHttpClient(
                  registerCheck.http(properties.http()), evidenceStore, clock, answerTimer);
        }
        client = registerCheckClient;
      }
    }
    return client;
  }

  private RegistryHttpClient httpClient() {
    RegistryHttpClient client = httpClient;
    if (client == null) {
      synchronized (this) {
        if (httpClient == null) {
          httpClient = new RegistryHttpClient(properties.http(), evidenceStore, clock, answerTimer);
        }
        client = httpClient;
      }
    }
    return client;
  }
}
