package se.vendorscreening.intake.internal;

import java.util.List;

/** The columns of a statements file (docs/statements.md). */
enum StatementColumn implements ListColumn {
  ORG_NO("org_no", true, "organisationsnummer"),
  KIND("kind", false, "typ"),
  GROUND("ground", true, "grund"),
  APPLIES("applies", true, "föreligger"),
  SIGNED_BY("signed_by", false, "undertecknad_av"),
  DATE("date", true, "datum"),
  PERSONS("persons", false, "personer"),
  REFERENCE("reference", false, "referens"),
  ISSUER("issuer", false, "utfärdare"),
  VALID_UNTIL("valid_until", false, "giltig_till");

  private final String header;
  private final boolean requiredInHeader;
  private final String swedish;

  StatementColumn(String header, boolean requiredInHeader, String swedish) {
    this.header = header;
    this.requiredInHeader = requiredInHeader;
    this.swedish = swedish;
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public List<String> aliases() {
    return List.of(header, swedish);
  }

  @Override
  public boolean requiredInHeader() {
    return requiredInHeader;
  }
}
