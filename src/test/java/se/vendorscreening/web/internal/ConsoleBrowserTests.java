package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vendorscreening.web.ConsoleUsers;

/**
 * The console in a real browser (Debian's headless Chromium): an officer screens the sample and
 * overrides an excluded party, an auditor verifies that run and finds the override in the audit
 * trail; every page visited has no serious or critical axe-core violation (WCAG 2.1 AA).
 */
@ConsoleTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"), "console-shots");
  static final String OVERRIDE_REASON = "Godtagen självsanering enligt beslut KS-2026/412";

  static WebDriver browser;
  static Path downloads;
  static String screenedRunId;

  @LocalServerPort int port;
  @Autowired ConsoleUsers users;

  @BeforeAll
  static void startTheBrowser() throws IOException {
    assertThat(CHROMEDRIVER)
        .as("Debian's chromium-driver (apt-get install chromium chromium-driver)")
        .isExecutable();
    downloads = Files.createTempDirectory("console-downloads");
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,1000");
    Map<String, Object> preferences = new HashMap<>();
    preferences.put("download.default_directory", downloads.toString());
    preferences.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", preferences);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void theTestUsersExist() {
    ConsoleUsersFixture.addTo(users);
    browser.manage().deleteAllCookies();
  }

  @Test
  @Order(1)
  void sendsAVisitorWhoIsNotLoggedInToTheLoginPage() {
    open("/audit/trail");

    assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
    assertAccessible("login");
  }

  @Test
  @Order(2)
  void anOfficerScreensTheSampleOverridesAnExcludedPartyAndDownloadsThePdf() throws Exception {
    logIn(ConsoleUsersFixture.OFFICER);
    assertAccessible("home");
    open("/screenings/new");
    assertAccessible("screening form");
    browser.findElement(By.id("vendors")).sendKeys(SampleRun.VENDORS.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("form[action='/screenings'] button")).click();

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> browser.getCurrentUrl().matches(".*/runs/[^/]+$"));
    screenedRunId = browser.getCurrentUrl().replaceAll(".*/runs/", "");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(screenedRunId);
    assertThat(rows()).hasSize(27);
    screenshot("results");
    assertAccessible("results");

    new Select(browser.findElement(By.id("decision"))).selectByValue("EXCLUDE");
    browser.findElement(By.cssSelector("form.filters button")).click();
    await().atMost(Duration.ofSeconds(30)).until(() -> browser.getCurrentUrl().contains("EXCLUDE"));
    // Every party listed is excluded (overrides recorded by other tests may have turned some of the
    // sample's six into REVIEW for this later run).
    assertThat(rows())
        .isNotEmpty()
        .allSatisfy(
            row ->
                assertThat(row.findElement(By.cssSelector(".badge")).getText())
                    .isEqualTo("Uteslut"));
    assertAccessible("results filtered");
    browser.findElement(By.cssSelector("table.results tbody tr a")).click();

    assertThat(waitFor(By.id("party-decision")).getText()).isEqualTo("Uteslut");
    WebElement override = browser.findElement(By.cssSelector("details.override"));
    override.findElement(By.tagName("summary")).click();
    new Select(override.findElement(By.cssSelector("select[name=decision]")))
        .selectByValue("REVIEW");
    override.findElement(By.cssSelector("textarea[name=reason]")).sendKeys(OVERRIDE_REASON);
    override.findElement(By.cssSelector("button[type=submit]")).click();

    assertThat(waitFor(By.cssSelector("p.message[role=status]")).getText()).contains("registrerat");
    assertThat(browser.findElement(By.id("overrides")).getText())
        .contains(OVERRIDE_REASON, ConsoleUsersFixture.OFFICER);
    screenshot("party");
    assertAccessible("party");

    open("/runs/" + screenedRunId);
    browser.findElement(By.linkText("report.pdf")).click();
    Path pdf = downloads.resolve("report.pdf");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Files.isRegularFile(pdf) && Files.size(pdf) > 1000);
    byte[] head = new byte[5];
    try (var in = Files.newInputStream(pdf)) {
      assertThat(in.read(head)).isEqualTo(5);
    }
    assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  @Order(3)
  void anAuditorVerifiesThatRunAndFindsTheOverrideInTheAuditTrail() throws IOException {
    assertThat(screenedRunId).as("the officer's run of the previous test").isNotNull();
    logIn(ConsoleUsersFixture.AUDITOR);
    open("/audit/runs");
    assertAccessible("runs");
    browser.findElement(By.linkText(screenedRunId)).click();
    waitFor(By.id("verify"));
    assertAccessible("run");
    browser.findElement(By.id("verify")).click();

    WebElement outcome = waitFor(By.id("verify-outcome"));
    assertThat(outcome.getAttribute("data-intact")).isEqualTo("true");
    assertAccessible("verification");

    open("/audit/trail?actor=" + ConsoleUsersFixture.OFFICER);
    List<WebElement> overrides =
        browser.findElements(By.cssSelector("#trail tbody tr[data-kind=OVERRIDE]"));
    assertThat(overrides).hasSize(1);
    assertThat(overrides.get(0).getText()).contains(ConsoleUsersFixture.OFFICER, OVERRIDE_REASON);
    screenshot("audit-trail");
    assertAccessible("audit trail");
  }

  @Test
  @Order(4)
  void anOfficerIsDeniedTheAuditTrailAndTheOperatorsPage() {
    logIn(ConsoleUsersFixture.OFFICER);

    for (String page : List.of("/audit/trail", "/operations")) {
      open(page);
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains("Du har inte behörighet till den här sidan.");
      assertThat(browser.findElements(By.id("trail"))).isEmpty();
      assertAccessible("denied " + page);
    }
  }

  @Test
  @Order(5)
  void refusesAPostWithoutItsCsrfToken() {
    logIn(ConsoleUsersFixture.OFFICER);
    open("/");

    Object status =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/runs/"
                    + screenedRunId
                    + "/parties/0/overrides', {method: 'POST', redirect: 'manual',"
                    + " body: new URLSearchParams({ruleId: 'X', decision: 'CLEAR', reason: 'r'})})"
                    + ".then(r => done(r.status));");

    assertThat(status).isEqualTo(403L);
  }

  @Test
  @Order(6)
  void theManagerAndTheOperatorPagesAreAccessible() {
    logIn(ConsoleUsersFixture.MANAGER);
    open("/changes");
    assertAccessible("changes");
    logIn(ConsoleUsersFixture.OPERATOR);
    open("/operations");
    assertThat(browser.findElement(By.id("settings")).getText()).doesNotContain("rätt-lösenord");
    assertAccessible("operations");
  }

  private void logIn(String username) {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(ConsoleUsersFixture.PASSWORD);
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    assertThat(waitFor(By.cssSelector(".user-name")).getText()).isEqualTo(username);
  }

  /** Waits for the page a click led to: Selenium's click does not wait for the next page. */
  private static WebElement waitFor(By element) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }

  private void open(String path) {
    browser.get(url(path));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("table.results tbody tr"));
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  private static void assertAccessible(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(browser);
    List<Rule> severe =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
    assertThat(severe)
        .as(
            "serious or critical axe-core violations on %s: %s",
            page,
            severe.stream()
                .map(
                    rule ->
                        rule.getId()
                            + " "
                            + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")))
        .isEmpty();
  }
}
