package se.vendorscreening.generator.internal;

/**
 * A generated company.
 *
 * @param orgNo its organisation number, ten digits
 * @param name its name with the legal form
 */
record Company(String orgNo, String name) {

  /** The number as vendor lists and results write it, {@code NNNNNN-NNNN}. */
  String formatted() {
    return RegistryRecords.dashed(orgNo);
  }
}
