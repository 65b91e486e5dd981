package se.vendorscreening.registry.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;

/**
 * A run asks the registry about a subject once, however many of its parties share that subject (a
 * person on several boards), also when they ask at the same moment; each party still reads the
 * answer under its own name, and a failure fails them all. The next run asks again.
 */
class RunAnswersTests {

  private static final String LARS = "/api/convictions/199105092382";
  private static final String TOVE = "/api/convictions/198201012385";
  private static final String CONVICTION =
      """
      {"subjectId": "%s", "convictions": [{"offenceCategory": "FRAUD",
       "offenceDescription": "Grovt bedrägeri", "judgmentDate": "2024-02-10",
       "finalDate": "2024-04-15", "court": "Södertörns tingsrätt", "caseNumber": "B 1-24"}]}
      """;

  private HttpRegistryStub stub;

  @BeforeEach
  void startStub() {
    stub = new HttpRegistryStub();
    stub.server.stubFor(get(LARS).willReturn(okJson(CONVICTION.formatted("199105092382"))));
    stub.server.stubFor(get(TOVE).willReturn(okJson(CONVICTION.formatted("198201012385"))));
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void asksOnceForAPersonThatManyPartiesOfARunAskAboutAtTheSameTime() throws Exception {
    // given: twelve boards with Lars on them, asking while the first request is on the wire
    stub.holdRequests();
    HttpConvictionRegistry run = new HttpConvictionRegistry(stub.client());
    List<Callable<RegistryAnswer<ConvictionRecord>>> parties = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Subject lars = person("910509-2382", "Lars Ström " + i);
      parties.add(() -> run.convictionsOf(lars));
    }
    parties.add(() -> run.convictionsOf(person("820101-2385", "Tove Lind")));

    // when: the stub answers once both requests are held and the other parties wait for them
    List<Future<RegistryAnswer<ConvictionRecord>>> answers = askWhileHeld(parties, 2);

    // then
    stub.server.verify(1, getRequestedFor(urlEqualTo(LARS)));
    stub.server.verify(1, getRequestedFor(urlEqualTo(TOVE)));
    String evidenceOfLars = answers.get(0).get().evidence().evidenceId();
    for (int i = 0; i < 12; i++) {
      RegistryAnswer<ConvictionRecord> answer = answers.get(i).get();
      assertThat(answer.evidence().evidenceId()).isEqualTo(evidenceOfLars);
      assertThat(answer.records())
          .singleElement()
          .satisfies(
              conviction -> {
                assertThat(conviction.offenceCategory()).isEqualTo("FRAUD");
                assertThat(conviction.subjectId()).isEqualTo(IdentityNumber.parse("910509-2382"));
              });
    }
    assertThat(answers.get(12).get().evidence().evidenceId()).isNotEqualTo(evidenceOfLars);
    stub.evidenceStore.flush();
    assertThat(
            stub.evidenceDb.queryForObject("select count(*) from registry_evidence", Integer.class))
        .isEqualTo(2);
  }

  @Test
  void failsEveryPartyThatAskedWhenTheOneRequestFails() throws Exception {
    // given: an outage that outlasts the two retries
    stub.server.stubFor(get(urlPathEqualTo(LARS)).atPriority(1).willReturn(serviceUnavailable()));
    stub.holdRequests();
    HttpConvictionRegistry run =
        new HttpConvictionRegistry(stub.client(stub.http(2, Duration.ofSeconds(2), 8)));
    List<Callable<RegistryAnswer<ConvictionRecord>>> parties = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Subject lars = person("910509-2382", "Lars Ström");
      parties.add(() -> run.convictionsOf(lars));
    }

    // when: the stub answers once the first request is held and the other parties wait for it
    List<Future<RegistryAnswer<ConvictionRecord>>> answers = askWhileHeld(parties, 1);

    // then: one first attempt and its two retries, and six failed checks
    stub.server.verify(3, getRequestedFor(urlEqualTo(LARS)));
    for (Future<RegistryAnswer<ConvictionRecord>> answer : answers) {
      try {
        answer.get();
        throw new AssertionError("a party got an answer from a registry that was down");
      } catch (ExecutionException e) {
        assertThat(e.getCause())
            .isInstanceOf(RegistryCheckFailedException.class)
            .hasMessageContaining("HTTP 503")
            .hasMessageContaining("3 attempt(s)");
      }
    }
  }

  @Test
  void asksAgainInTheNextRunAndEveryTimeWhenARunKeepsNoAnswers() {
    // given
    RegistryHttpClient client = stub.client();
    Subject lars = person("910509-2382", "Lars Ström");

    // when: two runs that ask twice each
    for (int run = 0; run < 2; run++) {
      HttpConvictionRegistry convictions = new HttpConvictionRegistry(client);
      convictions.convictionsOf(lars);
      convictions.convictionsOf(lars);
    }
    // and a run that keeps no answers
    HttpConvictionRegistry keepsNone =
        new HttpConvictionRegistry(stub.client(stub.http(0, Duration.ofSeconds(1), 8, 0)));
    keepsNone.convictionsOf(lars);
    keepsNone.convictionsOf(lars);
    keepsNone.convictionsOf(lars);

    // then
    stub.server.verify(2 + 3, getRequestedFor(urlEqualTo(LARS)));
  }

  /**
   * Asks on a thread a party; once the stub holds the given number of requests and every other
   * party's thread waits (for an answer on the wire: a thread reading a socket is runnable),
   * answers them and every request after them.
   */
  private <T> List<Future<T>> askWhileHeld(List<Callable<T>> parties, int requests)
      throws InterruptedException {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    ExecutorService callers = Executors.newFixedThreadPool(parties.size());
    try {
      List<Future<T>> answers = new ArrayList<>();
      for (Callable<T> party : parties) {
        answers.add(
            callers.submit(
                () -> {
                  threads.add(Thread.currentThread());
                  return party.call();
                }));
      }
      await()
          .pollInterval(Duration.ofMillis(5))
          .until(
              () ->
                  stub.held() == requests
                      && threads.size() == parties.size()
                      && threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count()
                          == parties.size() - requests);
      stub.stopHolding();
      for (Future<T> answer : answers) {
        try {
          answer.get();
        } catch (ExecutionException failed) {
          // the test looks at each answer
        }
      }
      return answers;
    } finally {
      callers.shutdown();
    }
  }

  private static Subject person(String number, String name) {
    return new Subject(SubjectKind.PERSON, IdentityNumber.parse(number), name, null, "SE");
  }
}
