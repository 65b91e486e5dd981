package se.vendorscreening.web.internal;

import java.util.Set;
import se.vendorscreening.web.ConsoleRole;
import se.vendorscreening.web.ConsoleUsers;

/** The test users of the console tests, one per role, each with the password {@link #PASSWORD}. */
final class ConsoleUsersFixture {

  static final String PASSWORD = "rätt-lösenord-1";
  static final String OFFICER = "olle.officer";

  /** A second officer, who approves what the first proposes (four-eyes). */
  static final String SECOND_OFFICER = "sara.handlaggare";

  static final String AUDITOR = "karin.revisor";
  static final String MANAGER = "maria.avtal";
  static final String OPERATOR = "ivar.drift";

  private ConsoleUsersFixture() {}

  static void addTo(ConsoleUsers users) {
    users.add(OFFICER, PASSWORD.toCharArray(), Set.of(ConsoleRole.OFFICER));
    users.add(SECOND_OFFICER, PASSWORD.toCharArray(), Set.of(ConsoleRole.OFFICER));
    users.add(AUDITOR, PASSWORD.toCharArray(), Set.of(ConsoleRole.AUDITOR));
    users.add(MANAGER, PASSWORD.toCharArray(), Set.of(ConsoleRole.MANAGER));
    users.add(OPERATOR, PASSWORD.toCharArray(), Set.of(ConsoleRole.OPERATOR));
  }
}
