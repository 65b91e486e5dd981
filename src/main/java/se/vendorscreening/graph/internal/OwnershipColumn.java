package se.vendorscreening.graph.internal;

import java.util.List;
import java.util.Locale;

/** The columns of the ownership file, each with its English and Swedish header names. */
enum OwnershipColumn {
  OWNER(false, "owner", "ägare", "agare", "owner_name"),
  OWNER_ID(false, "owner_id", "ägar_id", "agar_id"),
  OWNED_ORG_NO(true, "owned_org_no", "ägt_organisationsnummer", "agt_organisationsnummer"),
  SHARE_PERCENT(true, "share_percent", "andel", "share"),
  OWNER_COUNTRY(true, "owner_country", "land", "country"),
  DATE(false, "date", "datum");

  private final boolean required;
  private final String englishHeader;
  private final List<String> headers;

  OwnershipColumn(boolean required, String englishHeader, String... otherHeaders) {
    this.required = required;
    this.englishHeader = englishHeader;
    this.headers =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(englishHeader), java.util.Arrays.stream(otherHeaders))
            .toList();
  }

  boolean required() {
    return required;
  }

  String englishHeader() {
    return englishHeader;
  }

  /** Whether a header of the file names this column (case, spaces and a BOM ignored). */
  boolean matches(String header) {
    String normalised =
        header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    return headers.contains(normalised);
  }
}
