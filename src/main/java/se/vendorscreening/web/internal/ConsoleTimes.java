package se.vendorscreening.web.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import se.vendorscreening.shared.SwedishTime;

/** Instants as the console shows them: Swedish local time to the minute or second. */
@Component("consoleTimes")
class ConsoleTimes {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SwedishTime.ZONE);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SwedishTime.ZONE);

  public String minute(Instant instant) {
    return instant == null ? "-" : MINUTE.format(instant);
  }

  public String second(Instant instant) {
    return instant == null ? "-" : SECOND.format(instant);
  }
}
