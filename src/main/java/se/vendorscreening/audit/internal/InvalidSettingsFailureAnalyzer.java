package se.vendorscreening.audit.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports invalid settings as one clear message instead of a stack trace. */
class InvalidSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingsException cause) {
    StringBuilder description = new StringBuilder("The service cannot start: invalid settings.");
    cause
        .problems()
        .forEach(
            problem -> description.append(System.lineSeparator()).append(" - ").append(problem));
    return new FailureAnalysis(
        description.toString(),
        "Correct these settings in config/application.yml or in the environment variables"
            + " (e.g. SCREENING_REGISTRIES_HTTP_BASE_URL, SPRING_MAIL_PORT) and start again.",
        cause);
  }
}
