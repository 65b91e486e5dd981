package se.vendorscreening.web;

import java.util.Objects;
import java.util.Set;

/**
 * A local console user as the users file holds it (without the password hash).
 *
 * @param username the login name
 * @param roles what the user may do
 * @param enabled whether the user may log in
 */
public record ConsoleUser(String username, Set<ConsoleRole> roles, boolean enabled) {

  public ConsoleUser {
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
  }
}
