package se.vendorscreening.registry;

/** Kinds of debt at Kronofogden. */
public enum DebtType {
  TAX,
  SOCIAL_SECURITY,
  OTHER_PUBLIC,
  PRIVATE
}
