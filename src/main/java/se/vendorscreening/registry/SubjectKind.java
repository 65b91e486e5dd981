package se.vendorscreening.registry;

/** Whether a checked subject is a company (or sole trader as a business) or a natural person. */
public enum SubjectKind {
  COMPANY,
  PERSON
}
