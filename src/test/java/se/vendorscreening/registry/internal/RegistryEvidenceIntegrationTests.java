package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.vendorscreening.registry.EvidencePurged;
import se.vendorscreening.registry.EvidenceRetention;
import se.vendorscreening.registry.RegistryChecks;

@SpringBootTest(
    properties = {
      "screening.registries.http.max-in-flight=7",
      "screening.registries.http.base-url=https://registry.example/api"
    })
@RecordApplicationEvents
class RegistryEvidenceIntegrationTests {

  @Autowired EvidenceStore store;
  @Autowired EvidenceRetention retention;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistriesProperties properties;
  @Autowired ApplicationEvents events;

  @Test
  void purgeDeletesOnlyAnswersRetrievedBeforeTheCutoffAndTellsTheAuditTrail() {
    // given: a unique subject key for this test, as the database is shared by the JVM's tests
    String subject = UUID.randomUUID().toString().replace("-", "");
    Instant cutoff = Instant.parse("2001-01-01T00:00:00Z");
    String old = save(subject, Instant.parse("2000-06-01T12:00:00Z"), "{\"debts\": []}");
    String older = save(subject, Instant.parse("1999-06-01T12:00:00Z"), "{\"debts\": []}");
    String recent = save(subject, Instant.parse("2001-01-01T00:00:01Z"), "{\"debts\": [1]}");
    store.flush();

    // when
    long deleted = retention.purgeRetrievedBefore(cutoff, "scheduler");

    // then
    assertThat(deleted).isGreaterThanOrEqualTo(2);
    assertThat(
            jdbc.queryForList(
                "select id from registry_evidence where subject_key = ?", String.class, subject))
        .containsExactly(recent)
        .doesNotContain(old, older);
    assertThat(
            jdbc.queryForObject(
                "select body from registry_evidence where id = ?", String.class, recent))
        .isEqualTo("{\"debts\": [1]}");
    assertThat(events.stream(EvidencePurged.class))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.cutoff()).isEqualTo(cutoff);
              assertThat(event.deleted()).isEqualTo(deleted);
              assertThat(event.actor()).isEqualTo("scheduler");
            });
  }

  @Test
  void registrySettingsBindUnderScreeningRegistries() {
    assertThat(properties.mode()).isEqualTo("file");
    assertThat(properties.http().maxInFlight()).isEqualTo(7);
    assertThat(properties.http().baseUrl()).isEqualTo("https://registry.example/api");
    assertThat(properties.http().readTimeout()).hasSeconds(5);
    assertThat(properties.http().toString()).doesNotContain("token=t");
  }

  private String save(String subject, Instant retrievedAt, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return store.store(
        RegistryChecks.TAX_ARREARS,
        subject,
        "https://registry.example/api/tax-arrears/5581612586",
        retrievedAt,
        FileFingerprint.sha256Of(bytes),
        200,
        bytes);
  }
}
