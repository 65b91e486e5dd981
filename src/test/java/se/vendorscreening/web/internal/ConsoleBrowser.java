package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium for the console's browser tests: logging in,
 * waiting for the next page, screenshots to {@code $TMPDIR/console-shots/} and axe-core's check for
 * serious or critical violations (WCAG 2.1 AA).
 */
final class ConsoleBrowser implements AutoCloseable {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"), "console-shots");

  final WebDriver driver;
  final Path downloads;
  private int port;

  private ConsoleBrowser(WebDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  static ConsoleBrowser start() throws IOException {
    assertThat(CHROMEDRIVER)
        .as("Debian's chromium-driver (apt-get install chromium chromium-driver)")
        .isExecutable();
    Path downloads = Files.createTempDirectory("console-downloads");
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
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new ConsoleBrowser(driver, downloads);
  }

  /** The console's port for this test (each test instance has it injected). */
  ConsoleBrowser on(int consolePort) {
    this.port = consolePort;
    return this;
  }

  void logIn(String username) {
    driver.manage().deleteAllCookies();
    open("/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(ConsoleUsersFixture.PASSWORD);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    assertThat(waitFor(By.cssSelector(".user-name")).getText()).isEqualTo(username);
  }

  /** Waits for the page a click led to: Selenium's click does not wait for the next page. */
  WebElement waitFor(By element) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }

  void open(String path) {
    driver.get(url(path));
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  void assertAccessible(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(driver);
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

  @Override
  public void close() {
    driver.quit();
  }
}
