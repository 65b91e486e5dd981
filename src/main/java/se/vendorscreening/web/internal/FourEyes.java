package se.vendorscreening.web.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether an override recorded in the console waits for a second officer's approval ({@code
 * screening.console.overrides.four-eyes}, docs/console.md); every page knows it as {@code
 * fourEyes}.
 */
@Component
@ControllerAdvice
class FourEyes {

  private final boolean required;

  FourEyes(@Value("${screening.console.overrides.four-eyes:false}") boolean required) {
    this.required = required;
  }

  @ModelAttribute("fourEyes")
  boolean required() {
    return required;
  }
}
