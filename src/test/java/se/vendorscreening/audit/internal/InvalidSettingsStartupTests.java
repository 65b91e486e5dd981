package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.vendorscreening.VendorScreeningApplication;

@ExtendWith(OutputCaptureExtension.class)
class InvalidSettingsStartupTests {

  @Test
  void anSmtpHostWithoutAPortStopsStartUpWithOneClearMessage(CapturedOutput output) {
    SpringApplicationBuilder application =
        new SpringApplicationBuilder(VendorScreeningApplication.class)
            .properties(
                "screening.cli.enabled=false",
                "spring.mail.host=smtp.huddinge.se",
                "spring.mail.password=pw-1a2b3c",
                "screening.registries.http.token=tok-9f8e7d");

    assertThatThrownBy(application::run).isInstanceOf(InvalidSettingsException.class);

    assertThat(output.getOut() + output.getErr())
        .contains(
            "APPLICATION FAILED TO START",
            "The service cannot start: invalid settings.",
            "spring.mail.host is set to 'smtp.huddinge.se' but spring.mail.port is not set")
        .doesNotContain("pw-1a2b3c", "tok-9f8e7d", "at se.vendorscreening");
  }
}
