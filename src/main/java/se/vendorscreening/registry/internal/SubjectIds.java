package se.vendorscreening.registry.internal;

import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/** Checks that an HTTP answer is about the subject that was asked about. */
final class SubjectIds {

  private SubjectIds() {}

  static void requireSame(String check, RawAnswer answer, String answeredId, Subject subject) {
    if (answeredId == null) {
      return;
    }
    try {
      if (!IdentityNumber.parse(answeredId).equals(subject.identityNumber())) {
        throw RegistryJson.malformed(check, answer, "the answer is about another subject");
      }
    } catch (InvalidIdentityNumberException e) {
      throw RegistryJson.malformed(check, answer, "invalid subject id in the answer");
    }
  }
}
