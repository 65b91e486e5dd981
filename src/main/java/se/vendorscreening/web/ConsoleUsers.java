package se.vendorscreening.web;

import java.util.List;
import java.util.Set;

/** The local console users of a small installation, kept as bcrypt hashes in a file. */
public interface ConsoleUsers {

  /**
   * Adds a user, or replaces the password and roles of an existing one (and enables it again).
   *
   * @throws IllegalArgumentException when the name, the password or the roles are not acceptable
   */
  ConsoleUser add(String username, char[] password, Set<ConsoleRole> roles);

  /**
   * Disables a user: it can no longer log in, and its name stays taken in the audit trail.
   *
   * @throws IllegalArgumentException when there is no such user
   */
  ConsoleUser disable(String username);

  /** Every user, by name. */
  List<ConsoleUser> list();
}
