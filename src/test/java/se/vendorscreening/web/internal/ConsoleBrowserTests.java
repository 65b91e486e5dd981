package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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

  static final String OVERRIDE_REASON = "Godtagen självsanering enligt beslut KS-2026/412";

  static ConsoleBrowser console;
  static WebDriver browser;
  static Path downloads;
  static String screenedRunId;

  @LocalServerPort int port;
  @Autowired ConsoleUsers users;
  @Autowired RunFiles runFiles;

  @BeforeAll
  static void startTheBrowser() throws IOException {
    console = ConsoleBrowser.start();
    browser = console.driver;
    downloads = console.downloads;
  }

  @AfterAll
  static void stopTheBrowser() {
    if (console != null) {
      console.close();
    }
  }

  @BeforeEach
  void theTestUsersExist() {
    console.on(port);
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

  @Test
  @Order(7)
  void anAuditorUploadsARunFolderToVerifyItAndSeesWhichFileWasTamperedWith() throws Exception {
    assertThat(screenedRunId).as("the officer's run of an earlier test").isNotNull();
    Path folder = runFiles.folder(screenedRunId).orElseThrow();
    Path intact = zip(folder, Files.createTempFile("run-folder", ".zip"), null);
    Path tampered = zip(folder, Files.createTempFile("run-folder-changed", ".zip"), "results.csv");
    logIn(ConsoleUsersFixture.AUDITOR);

    open("/audit/verify");
    assertAccessible("verify form");
    browser.findElement(By.id("folder")).sendKeys(intact.toString());
    browser.findElement(By.id("verify-upload")).click();
    WebElement outcome = waitFor(By.id("verify-outcome"));
    assertThat(outcome.getAttribute("data-outcome")).isEqualTo("VERIFIED");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(screenedRunId);
    screenshot("verify-upload");
    assertAccessible("verified upload");

    open("/audit/verify");
    browser.findElement(By.id("folder")).sendKeys(tampered.toString());
    browser.findElement(By.id("verify-upload")).click();
    outcome = waitFor(By.id("verify-outcome"));
    assertThat(outcome.getAttribute("data-outcome")).isEqualTo("MISMATCH");
    assertThat(
            browser.findElements(By.cssSelector("#discrepancies tbody tr")).stream()
                .map(row -> row.getAttribute("data-file"))
                .distinct()
                .toList())
        .containsExactly("results.csv");
    assertThat(browser.findElement(By.id("discrepancies")).getText()).contains("Ändrad");
    screenshot("verify-upload-tampered");
    assertAccessible("tampered upload");

    open("/audit/verify");
    new Select(browser.findElement(By.id("runId"))).selectByValue(screenedRunId);
    browser.findElement(By.id("verify-picked")).click();
    assertThat(waitFor(By.id("verify-outcome")).getAttribute("data-outcome")).isEqualTo("VERIFIED");
  }

  /** The run folder as a zip file under one top folder, with one file's last byte changed. */
  private static Path zip(Path folder, Path zip, String tamperWith) throws IOException {
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        var files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        out.putNextEntry(new java.util.zip.ZipEntry(folder.getFileName() + "/" + name));
        byte[] bytes = Files.readAllBytes(file);
        if (name.equals(tamperWith)) {
          bytes[bytes.length - 1] ^= 1;
        }
        out.write(bytes);
        out.closeEntry();
      }
    }
    return zip;
  }

  private void logIn(String username) {
    console.logIn(username);
  }

  private static WebElement waitFor(By element) {
    return console.waitFor(element);
  }

  private void open(String path) {
    console.open(path);
  }

  private String url(String path) {
    return console.url(path);
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("table.results tbody tr"));
  }

  private static void screenshot(String name) throws IOException {
    console.screenshot(name);
  }

  private static void assertAccessible(String page) {
    console.assertAccessible(page);
  }
}
