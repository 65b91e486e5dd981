package se.vendorscreening.registry.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.IdentityNumber;

/**
 * How a subject appears in the HTTP protocol: the path with its number, the same path with a
 * personal identity number masked (for logs, evidence and reports), and a hashed key.
 */
final class SubjectPaths {

  private SubjectPaths() {}

  static String byNumber(String resource, IdentityNumber number) {
    return "/" + resource + "/" + number.canonical();
  }

  static String shownByNumber(String resource, IdentityNumber number) {
    return "/" + resource + "/" + (number.isPersonal() ? number.masked() : number.canonical());
  }

  static String byName(String resource, Subject subject) {
    StringBuilder path =
        new StringBuilder("/")
            .append(resource)
            .append("?name=")
            .append(URLEncoder.encode(subject.name(), StandardCharsets.UTF_8));
    if (subject.birthDate() != null) {
      path.append("&birthDate=").append(subject.birthDate());
    }
    return path.toString();
  }

  /** A SHA-256 of the subject's number, or of its name and birth date. */
  static String keyOf(Subject subject) {
    String key =
        subject.identityNumber() != null
            ? subject.identityNumber().canonical()
            : subject.name().strip().toLowerCase(Locale.ROOT) + "|" + subject.birthDate();
    return FileFingerprint.sha256Of(key.getBytes(StandardCharsets.UTF_8));
  }
}
