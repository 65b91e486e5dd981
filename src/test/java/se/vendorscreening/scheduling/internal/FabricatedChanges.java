package se.vendorscreening.scheduling.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/** The changes a fabricated re-check reports, one of each kind the notifier must handle. */
final class FabricatedChanges {

  private FabricatedChanges() {}

  /** Huddinge Bygg & Mark AB now excluded: its procurement has its own contact. */
  static final PartyChange ESCALATED_IN_KS =
      change(
          "KS-2026/317",
          "555242-9028",
          "Huddinge Bygg & Mark AB",
          "AVT-2026-101",
          Decision.CLEAR,
          Decision.EXCLUDE,
          ChangeClass.ESCALATED,
          "CONVICTION_MANDATORY",
          Map.of(
              "offence_category", "BRIBERY",
              "final_date", "2026-09-01",
              "court", "Södertörns tingsrätt",
              "case_number", "B 1234-25"));

  /** A new party of a social services contract: its department's contact. */
  static final PartyChange NEW_IN_SOC =
      change(
          "SOC-2025/044",
          "554599-5457",
          "Södertörns Fasad och Tak AB",
          "SOC-AVT-7",
          null,
          Decision.REVIEW,
          ChangeClass.NEW,
          "TAX_UNPAID_FINAL",
          Map.of("debt_type", "TAX", "total_amount_sek", "46200"));

  /** Cleared again in a procurement nobody is named for: the fallback. */
  static final PartyChange RESOLVED_ELSEWHERE =
      change(
          "IT-2024/009",
          "556036-0793",
          "Åkerlunds Data AB",
          "IT-AVT-3",
          Decision.REVIEW,
          Decision.CLEAR,
          ChangeClass.RESOLVED,
          null,
          Map.of());

  /** Nothing happened: never in an e-mail. */
  static final PartyChange UNCHANGED_IN_KS =
      change(
          "KS-2026/317",
          "556703-7485",
          "Tyresö Städ AB",
          "AVT-2026-104",
          Decision.CLEAR,
          Decision.CLEAR,
          ChangeClass.UNCHANGED,
          null,
          Map.of());

  static List<PartyChange> all() {
    return List.of(ESCALATED_IN_KS, NEW_IN_SOC, RESOLVED_ELSEWHERE, UNCHANGED_IN_KS);
  }

  static PartyChange change(
      String procurementId,
      String orgNo,
      String name,
      String contractId,
      Decision previous,
      Decision now,
      ChangeClass change,
      String ruleId,
      Map<String, String> evidence) {
    List<Finding> findings =
        ruleId == null
            ? List.of()
            : List.of(
                new Finding(
                    ruleId,
                    "LOU 13 kap. 1 §",
                    now,
                    false,
                    name,
                    "VENDOR",
                    orgNo,
                    MatchType.IDENTITY_NUMBER,
                    1.0,
                    "finding " + ruleId,
                    evidence,
                    LocalDate.of(2026, 9, 1),
                    "test"));
    Contract contract =
        new Contract(contractId, ContractStatus.ACTIVE, LocalDate.of(2026, 3, 1), null, null);
    PartyResult result =
        new PartyResult(
            procurementId,
            ProcurementType.LOU,
            "party-" + orgNo,
            orgNo,
            name,
            PartyRole.VENDOR,
            null,
            now,
            now,
            findings,
            List.of(contract),
            List.of());
    return new PartyChange(result, previous, change);
  }
}
