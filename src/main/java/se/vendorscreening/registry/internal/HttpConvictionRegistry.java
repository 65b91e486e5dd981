package se.vendorscreening.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.ConvictionRegistry;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;

/**
 * Convictions over HTTP: {@code GET {base-url}/convictions/{id}}, or {@code
 * /convictions?name=…&birthDate=…} for subjects without a Swedish number (docs/registries.md).
 */
final class HttpConvictionRegistry implements ConvictionRegistry {

  private static final String CHECK = RegistryChecks.CONVICTIONS;
  private static final String RESOURCE = "convictions";

  private final RunAnswers answers;

  HttpConvictionRegistry(RegistryHttpClient client) {
    this.answers = client.newRunAnswers();
  }

  @Override
  public RegistryAnswer<ConvictionRecord> convictionsOf(Subject subject) {
    boolean byName = subject.identityNumber() == null;
    RawAnswer answer =
        byName
            ? answers.byPath(CHECK, SubjectPaths.byName(RESOURCE, subject), subject)
            : answers.byNumber(CHECK, RESOURCE, subject);
    if (answer.status() == 404) {
      return new RegistryAnswer<>(List.of(), answer.evidence());
    }
    Body body = RegistryJson.read(CHECK, answer, Body.class);
    if (!byName) {
      SubjectIds.requireSame(CHECK, answer, body.subjectId(), subject);
    }
    List<Conviction> convictions =
        RegistryJson.required(CHECK, answer, body.convictions(), "convictions");
    return new RegistryAnswer<>(
        convictions.stream().map(c -> c.toRecord(answer, subject)).toList(), answer.evidence());
  }

  record Body(String subjectId, List<Conviction> convictions) {}

  record Conviction(
      String subjectName,
      LocalDate birthDate,
      String offenceCategory,
      String offenceDescription,
      LocalDate judgmentDate,
      LocalDate finalDate,
      String court,
      String caseNumber) {

    ConvictionRecord toRecord(RawAnswer answer, Subject subject) {
      boolean byNumber = subject.identityNumber() != null;
      return new ConvictionRecord(
          subject.identityNumber(),
          byNumber && subjectName == null
              ? subject.name()
              : RegistryJson.required(CHECK, answer, subjectName, "subjectName"),
          birthDate,
          RegistryJson.required(CHECK, answer, offenceCategory, "offenceCategory")
              .toUpperCase(Locale.ROOT),
          offenceDescription,
          RegistryJson.required(CHECK, answer, judgmentDate, "judgmentDate"),
          finalDate,
          court,
          caseNumber);
    }
  }
}
