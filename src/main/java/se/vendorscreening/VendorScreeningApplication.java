package se.vendorscreening;

import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import se.vendorscreening.cli.CommandLanguage;

/** Entry point of the vendor screening service: a command line application on Spring Boot. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class VendorScreeningApplication {

  public static void main(String[] args) {
    Locale.setDefault(CommandLanguage.of(args, System.getenv("SCREENING_LANG")));
    System.exit(
        SpringApplication.exit(SpringApplication.run(VendorScreeningApplication.class, args)));
  }
}
