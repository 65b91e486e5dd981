package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import se.vendorscreening.web.ConsoleRole;

class FileConsoleUsersTests {

  @TempDir Path folder;

  @Test
  void keepsOnlyABcryptHashOwnerOnlyAndChecksThePasswordAgainstIt() throws Exception {
    Path file = folder.resolve("config/users.yml");
    FileConsoleUsers users = users(file);
    BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    users.add("anna", "hemligt-lösen-1".toCharArray(), Set.of(ConsoleRole.OFFICER));

    String written = Files.readString(file);
    assertThat(written).doesNotContain("hemligt").contains("$2a$");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    var anna = users.loadUserByUsername("anna");
    assertThat(encoder.matches("hemligt-lösen-1", anna.getPassword())).isTrue();
    assertThat(anna.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
    assertThat(anna.isEnabled()).isTrue();
  }

  @Test
  void aDisabledUserStaysListedButCannotLogIn() {
    FileConsoleUsers users = users(folder.resolve("users.yml"));
    users.add("karin", "hemligt-lösen-2".toCharArray(), Set.of(ConsoleRole.AUDITOR));

    users.disable("karin");

    assertThat(users.list())
        .extracting("username", "enabled")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("karin", false));
    assertThat(users.loadUserByUsername("karin").isEnabled()).isFalse();
  }

  @Test
  void refusesAShortPasswordABadNameAndNoRole() {
    FileConsoleUsers users = users(folder.resolve("users.yml"));

    assertThatThrownBy(() -> users.add("anna", "kort".toCharArray(), Set.of(ConsoleRole.OFFICER)))
        .hasMessageContaining("at least 8 characters");
    assertThatThrownBy(
            () -> users.add("anna bok", "långt-lösen-3".toCharArray(), Set.of(ConsoleRole.OFFICER)))
        .hasMessageContaining("user name");
    assertThatThrownBy(() -> users.add("anna", "långt-lösen-3".toCharArray(), Set.of()))
        .hasMessageContaining("at least one role");
    assertThat(Files.exists(folder.resolve("users.yml"))).isFalse();
  }

  private static FileConsoleUsers users(Path file) {
    WebProperties properties = new WebProperties(file, 5, Duration.ofMinutes(15), 8);
    return new FileConsoleUsers(
        properties, new BCryptPasswordEncoder(), new LoginThrottle(properties, Clock.systemUTC()));
  }
}
