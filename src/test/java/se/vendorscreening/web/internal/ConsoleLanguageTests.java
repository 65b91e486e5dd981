package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.web.internal.RunParties.PartyFilter;
import se.vendorscreening.web.internal.RunParties.PartyRow;

/**
 * Every console page in Swedish (the default) and in English (the user's choice): each speaks one
 * language, in the decision labels every report shares (messages/decisions*.properties), and no
 * message key is missing.
 */
@ConsoleTest
class ConsoleLanguageTests {

  static final Locale SWEDISH = Locale.forLanguageTag("sv");

  @Autowired MockMvc mvc;
  @Autowired ScreeningJobs jobs;
  @Autowired RunParties parties;
  @Autowired MessageSource messages;

  @Test
  void everyPageSpeaksTheChosenLanguageWithTheSharedDecisionLabelsOnly() throws Exception {
    Map<String, Supplier<MockHttpServletRequestBuilder>> pages = pages();
    List<String> swedishLabels = labels(SWEDISH);
    List<String> englishLabels = labels(Locale.ENGLISH);
    assertThat(swedishLabels).doesNotContainAnyElementsOf(englishLabels);

    for (var page : pages.entrySet()) {
      String swedish = text(page.getValue().get(), "sv");
      String english = text(page.getValue().get(), "en");

      assertThat(found(swedish, englishLabels))
          .as("English decision labels on the Swedish page %s", page.getKey())
          .isEmpty();
      assertThat(found(english, swedishLabels))
          .as("Swedish decision labels on the English page %s", page.getKey())
          .isEmpty();
      assertThat(swedish).as(page.getKey()).doesNotContain("??");
      assertThat(english).as(page.getKey()).doesNotContain("??");
      assertThat(english)
          .as("%s is English through and through", page.getKey())
          .doesNotContain("Leverantörskontroll", "Logga ut", "Hoppa till innehållet");
      assertThat(swedish)
          .as("%s is Swedish through and through", page.getKey())
          .doesNotContain("Vendor screening", "Log out", "Skip to content");
    }
  }

  @Test
  void theResultAndPartyPagesUseTheDecisionLabelsTheReportsUse() throws Exception {
    String runId = SampleRun.runId(jobs);
    String swedish = text(results(runId), "sv");
    String english = text(results(runId), "en");
    for (Decision decision : Decision.values()) {
      assertThat(swedish).contains(label(decision, SWEDISH));
      assertThat(english).contains(label(decision, Locale.ENGLISH));
    }
    assertThat(swedish).contains("Inga anmärkningar").doesNotContain("Godkänd");
  }

  /**
   * The party page names a finding's source as the PDF does, the registry with the date of its
   * data, not the extract's file and line; its match score has the language's decimal mark (the
   * match evidence is stored in the language the run ran in: Swedish here).
   */
  @Test
  void thePartyPageNamesTheSourceAsARegistryWithItsDateAndTheScoreInTheLanguage() throws Exception {
    String runId = SampleRun.runId(jobs);
    PartyRow convicted =
        parties.rows(runId, new PartyFilter(Decision.EXCLUDE, "554599-5457", null)).get(0);
    Supplier<MockHttpServletRequestBuilder> page =
        () -> asEveryone(get("/runs/{run}/parties/{index}", runId, convicted.index()));
    String swedish = text(page.get(), "sv");
    String english = text(page.get(), "en");

    assertThat(swedish)
        .containsPattern("Källa Brottmålsdomar, uppgift per \\d{4}-\\d{2}-\\d{2}")
        .contains("(1,00)", "namn stämmer 1,00")
        // the precise legal basis the PDF cites, not the rule's general reference
        .containsPattern(
            "Rättslig grund LOU[\\s\u00a0]13[\\s\u00a0]kap\\.[\\s\u00a0]1[\\s\u00a0]§"
                + "[\\s\u00a0]första[\\s\u00a0]stycket[\\s\u00a0]2")
        .doesNotContain("direktiv 2014/24/EU")
        .doesNotContain("Källa convictions.csv", "line 2", "(1.00)", "1.00 (");
    assertThat(english)
        .containsPattern("Source Criminal judgments, data as of \\d{4}-\\d{2}-\\d{2}")
        .contains("(1.00)")
        .doesNotContain("Source convictions.csv", "(1,00)");
  }

  /** Every page an officer, auditor, contract manager or operator reaches, by name. */
  private Map<String, Supplier<MockHttpServletRequestBuilder>> pages() {
    String runId = SampleRun.runId(jobs);
    Map<String, Supplier<MockHttpServletRequestBuilder>> pages = new LinkedHashMap<>();
    pages.put("login", () -> get("/login"));
    pages.put("home", () -> asEveryone(get("/")));
    pages.put("new screen", () -> asEveryone(get("/screenings/new")));
    pages.put("results", () -> results(runId));
    for (Decision decision : Decision.values()) {
      List<PartyRow> rows = parties.rows(runId, new PartyFilter(decision, null, null));
      if (!rows.isEmpty()) {
        pages.put(
            "party " + decision,
            () -> asEveryone(get("/runs/{run}/parties/{index}", runId, rows.get(0).index())));
      }
    }
    pages.put("approvals", () -> asEveryone(get("/overrides/pending")));
    pages.put("runs", () -> asEveryone(get("/audit/runs")));
    pages.put("run", () -> asEveryone(get("/audit/runs/{run}", runId)));
    pages.put("verify form", () -> asEveryone(get("/audit/verify")));
    pages.put(
        "verification", () -> asEveryone(post("/audit/verify").param("runId", runId).with(csrf())));
    pages.put("audit trail", () -> asEveryone(get("/audit/trail")));
    pages.put("changes", () -> asEveryone(get("/changes")));
    pages.put("operations", () -> asEveryone(get("/operations")));
    // (the error pages are rendered by the servlet container's error dispatch, which MockMvc does
    // not do: ConsoleBrowserTests reads the page an officer is denied)
    return pages;
  }

  private static MockHttpServletRequestBuilder results(String runId) {
    return asEveryone(get("/runs/{run}", runId));
  }

  private static MockHttpServletRequestBuilder asEveryone(MockHttpServletRequestBuilder request) {
    return request.with(user("alla.roller").roles("OFFICER", "AUDITOR", "MANAGER", "OPERATOR"));
  }

  /** The page's text as a reader sees it: tags dropped, entities decoded. */
  private String text(MockHttpServletRequestBuilder request, String language) throws Exception {
    String html =
        mvc.perform(request.queryParam("lang", language))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"" + language + "\"");
    // the link to the other language names it in its own language
    html = html.replaceAll("<a [^>]*lang=\"(sv|en)\"[^>]*>[^<]*</a>", " ");
    return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
  }

  private List<String> labels(Locale language) {
    return Arrays.stream(Decision.values()).map(decision -> label(decision, language)).toList();
  }

  private String label(Decision decision, Locale language) {
    return messages.getMessage("decision.label." + decision.name(), null, language);
  }

  /** The labels that stand as words of their own in the text. */
  private static List<String> found(String text, List<String> labels) {
    List<String> found = new ArrayList<>();
    for (String label : labels) {
      if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(label) + "(?![\\p{L}])")
          .matcher(text)
          .find()) {
        found.add(label);
      }
    }
    return found;
  }
}
