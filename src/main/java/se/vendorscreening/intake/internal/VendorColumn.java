package se.vendorscreening.intake.internal;

import java.util.List;

/** The columns of a vendor list (docs/input-formats.md). */
enum VendorColumn implements ListColumn {
  PROCUREMENT_ID("procurement_id", true, "diarienummer"),
  PROCUREMENT_TYPE("procurement_type", true, "upphandlingsform"),
  PROCUREMENT_TITLE("procurement_title", false, "upphandling"),
  ORG_NO("org_no", true, "organisationsnummer"),
  NAME("name", true, "leverantör"),
  COUNTRY("country", false, "land"),
  FOREIGN_ID("foreign_id", false, "utländskt_id"),
  ROLE("role", false, "roll"),
  PARENT_ORG_NO("parent_org_no", false, "huvudleverantör"),
  CONTRACT_ID("contract_id", false, "avtalsnummer"),
  CONTRACT_STATUS("contract_status", false, "avtalsstatus"),
  CONTRACT_START("contract_start", false, "avtalsstart"),
  CONTRACT_END("contract_end", false, "avtalsslut"),
  ANNUAL_VALUE_SEK("annual_value_sek", false, "årsvärde"),
  CONTRACT_VALUE_SEK("contract_value_sek", false, "kontraktsvärde"),
  SUBCONTRACT_SHARE_PERCENT("subcontract_share_percent", false, "andel_av_kontraktsvärdet");

  private final String header;
  private final boolean requiredInHeader;
  private final String swedish;

  VendorColumn(String header, boolean requiredInHeader, String swedish) {
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
