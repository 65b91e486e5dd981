package se.vendorscreening.audit.internal;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The usual pattern layout, with every personal identity number in the formatted line (message and
 * stack trace alike) masked: a safety net under the rule that no full personal number is ever
 * logged. Configured in {@code logback-spring.xml}; public because Logback instantiates it.
 */
public class PersonalNumberMaskingLayout extends PatternLayout {

  @Override
  public String doLayout(ILoggingEvent event) {
    return PersonalNumberMasking.mask(super.doLayout(event));
  }
}
