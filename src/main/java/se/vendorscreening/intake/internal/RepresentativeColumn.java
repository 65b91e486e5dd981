package se.vendorscreening.intake.internal;

import java.util.List;

/** The columns of a representatives list (docs/input-formats.md). */
enum RepresentativeColumn implements ListColumn {
  ORG_NO("org_no", true, "organisationsnummer"),
  PERSON_ID("person_id", true, "personnummer"),
  NAME("name", true, "namn"),
  BIRTH_DATE("birth_date", false, "födelsedatum"),
  ROLE("role", true, "roll"),
  FROM_DATE("from_date", false, "från_datum"),
  TO_DATE("to_date", false, "till_datum");

  private final String header;
  private final boolean requiredInHeader;
  private final String swedish;

  RepresentativeColumn(String header, boolean requiredInHeader, String swedish) {
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
