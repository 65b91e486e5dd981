package se.vendorscreening.scheduling.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import se.vendorscreening.scheduling.ContractContacts;

/**
 * Who is responsible for a contract, from {@code config/contacts.yml}: the contacts of its
 * procurement id, else of the first department whose pattern matches the procurement or contract
 * id, else the fallback.
 */
class ContactDirectory implements ContractContacts.Directory {

  private final Map<String, List<String>> byProcurement;
  private final List<Department> departments;
  private final List<String> fallback;

  private ContactDirectory(
      Map<String, List<String>> byProcurement,
      List<Department> departments,
      List<String> fallback) {
    this.byProcurement = byProcurement;
    this.departments = departments;
    this.fallback = fallback;
  }

  /** A department: its contacts are responsible for ids matching a glob pattern. */
  record Department(String name, Pattern pattern, List<String> contacts) {}

  static ContactDirectory read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + ": the contacts file does not exist");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      if (!(loaded instanceof Map<?, ?> yaml)) {
        throw new IllegalStateException(
            file + ": expected the keys fallback, by-procurement, by-department");
      }
      return new ContactDirectory(
          procurements(file, yaml),
          departments(file, yaml),
          addresses(file, "fallback", yaml.get("fallback")));
    } catch (IOException | YAMLException e) {
      throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** The addresses responsible for the contract; empty only when there is no fallback. */
  @Override
  public List<String> contactsFor(String procurementId, String contractId) {
    List<String> contacts = byProcurement.get(procurementId);
    if (contacts != null) {
      return contacts;
    }
    for (Department department : departments) {
      if (department.pattern().matcher(procurementId).matches()
          || (contractId != null && department.pattern().matcher(contractId).matches())) {
        return department.contacts();
      }
    }
    return fallback;
  }

  private static Map<String, List<String>> procurements(Path file, Map<?, ?> yaml) {
    Object value = yaml.get("by-procurement");
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalStateException(
          file + ": key 'by-procurement': expected procurement id: address");
    }
    Map<String, List<String>> contacts = new java.util.HashMap<>();
    map.forEach(
        (id, addresses) ->
            contacts.put(String.valueOf(id), addresses(file, "by-procurement." + id, addresses)));
    return contacts;
  }

  private static List<Department> departments(Path file, Map<?, ?> yaml) {
    Object value = yaml.get("by-department");
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalStateException(
          file + ": key 'by-department': expected a list of department, pattern, contact");
    }
    List<Department> departments = new ArrayList<>();
    for (Object entry : list) {
      if (!(entry instanceof Map<?, ?> map) || map.get("pattern") == null) {
        throw new IllegalStateException(
            file + ": key 'by-department': every entry needs a pattern and a contact");
      }
      String name = String.valueOf(map.get("department"));
      departments.add(
          new Department(
              name,
              glob(String.valueOf(map.get("pattern"))),
              addresses(file, "by-department." + name + ".contact", map.get("contact"))));
    }
    return List.copyOf(departments);
  }

  private static List<String> addresses(Path file, String key, Object value) {
    if (value == null) {
      return List.of();
    }
    List<?> values = value instanceof List<?> list ? list : List.of(value);
    List<String> addresses = values.stream().map(String::valueOf).map(String::strip).toList();
    for (String address : addresses) {
      if (!address.matches("[^@\\s]+@[^@\\s]+")) {
        throw new IllegalStateException(
            file + ": key '" + key + "': '" + address + "' is not an e-mail address");
      }
    }
    return addresses;
  }

  /** A glob as operators write it: {@code *} any characters, {@code ?} one character. */
  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }
}
