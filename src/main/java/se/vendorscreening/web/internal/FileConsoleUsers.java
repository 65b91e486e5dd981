package se.vendorscreening.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import se.vendorscreening.web.ConsoleRole;
import se.vendorscreening.web.ConsoleUser;
import se.vendorscreening.web.ConsoleUsers;

/**
 * The users file ({@code config/users.yml}): one entry per user name with its bcrypt hash, roles
 * and whether it is enabled. Read on every login, so users added while the console runs can log in
 * at once; written owner-only, replaced atomically.
 */
@Component
class FileConsoleUsers implements ConsoleUsers, UserDetailsService {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private final Path file;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;
  private final int minPasswordLength;

  FileConsoleUsers(WebProperties properties, PasswordEncoder encoder, LoginThrottle throttle) {
    this.file = properties.usersFile();
    this.encoder = encoder;
    this.throttle = throttle;
    this.minPasswordLength = properties.minPasswordLength();
  }

  @Override
  public synchronized ConsoleUser add(String username, char[] password, Set<ConsoleRole> roles) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "user name must be 1-64 letters, digits or . _ @ - : " + username);
    }
    if (password == null || password.length < minPasswordLength) {
      throw new IllegalArgumentException(
          "password must have at least " + minPasswordLength + " characters");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs at least one role");
    }
    Map<String, Entry> users = read();
    String hash = encoder.encode(new String(password));
    Arrays.fill(password, '\0');
    Entry entry = new Entry(hash, EnumSet.copyOf(roles), true);
    users.put(username, entry);
    write(users);
    return entry.user(username);
  }

  @Override
  public synchronized ConsoleUser disable(String username) {
    Map<String, Entry> users = read();
    Entry entry = users.get(username);
    if (entry == null) {
      throw new IllegalArgumentException("no such user: " + username);
    }
    Entry disabled = new Entry(entry.hash(), entry.roles(), false);
    users.put(username, disabled);
    write(users);
    return disabled.user(username);
  }

  @Override
  public List<ConsoleUser> list() {
    List<ConsoleUser> users = new ArrayList<>();
    read().forEach((name, entry) -> users.add(entry.user(name)));
    return users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Entry entry = read().get(username);
    if (entry == null) {
      throw new UsernameNotFoundException("no such user");
    }
    return User.withUsername(username)
        .password(entry.hash())
        .roles(entry.roles().stream().map(Enum::name).toArray(String[]::new))
        .disabled(!entry.enabled())
        .accountLocked(throttle.isLocked(username))
        .build();
  }

  private Map<String, Entry> read() {
    Map<String, Entry> users = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return users;
    }
    Object loaded;
    try {
      loaded =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the users file " + file, e);
    }
    if (!(loaded instanceof Map<?, ?> root) || !(root.get("users") instanceof Map<?, ?> entries)) {
      return users;
    }
    entries.forEach(
        (name, value) -> {
          if (value instanceof Map<?, ?> fields && fields.get("password") instanceof String hash) {
            users.put(String.valueOf(name), Entry.of(hash, fields));
          }
        });
    return users;
  }

  private void write(Map<String, Entry> users) {
    Map<String, Object> entries = new LinkedHashMap<>();
    users.forEach(
        (name, entry) -> {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("password", entry.hash());
          fields.put("roles", entry.roles().stream().map(Enum::name).toList());
          fields.put("enabled", entry.enabled());
          entries.put(name, fields);
        });
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    String yaml =
        "# Console users (bcrypt hashes), managed with `vendor-screening user add|disable|list`.\n"
            + new Yaml(new Representer(options), options).dump(Map.of("users", entries));
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, ".users", ".yml");
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions protect the file
      }
      Files.writeString(temporary, yaml, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the users file " + file, e);
    }
  }

  private record Entry(String hash, Set<ConsoleRole> roles, boolean enabled) {

    static Entry of(String hash, Map<?, ?> fields) {
      Set<ConsoleRole> roles = EnumSet.noneOf(ConsoleRole.class);
      if (fields.get("roles") instanceof List<?> names) {
        for (Object name : names) {
          try {
            roles.add(ConsoleRole.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            // an unknown role grants nothing
          }
        }
      }
      return new Entry(hash, roles, !Boolean.FALSE.equals(fields.get("enabled")));
    }

    ConsoleUser user(String name) {
      return new ConsoleUser(name, roles, enabled);
    }
  }
}
