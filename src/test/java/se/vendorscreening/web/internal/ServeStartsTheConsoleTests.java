package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServeStartsTheConsoleTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "serve                                  | servlet",
        "--lang en serve                        | servlet",
        "--lang=en serve                        | servlet",
        "screen --vendors serve                 | none",
        "screen --vendors sample-data/x.xlsx    | none",
        "user add serve --role OFFICER          | none",
        "worker                                 | none",
        "runs                                   | none"
      })
  void makesOnlyServeAWebApplication(String commandLine, String expected) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(new SimpleCommandLinePropertySource(commandLine.strip().split(" +")));

    new ServeStartsTheConsole().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.main.web-application-type", "none"))
        .isEqualTo(expected);
  }
}
