package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.shared.IdentityNumber;

/** Puts a conviction's facts into a finding, the same way for every conviction rule. */
final class ConvictionEvidence {

  private ConvictionEvidence() {}

  static FindingBuilder describe(
      FindingBuilder finding, Matched<ConvictionRecord> matched, RuleContext context) {
    ConvictionRecord record = matched.record();
    IdentityNumber id = record.subjectId();
    return finding
        .about(matched, record.subjectName(), id == null ? birthDateOf(record) : id.masked())
        .evidence("offence_category", record.offenceCategory())
        .evidence("offence_description", record.offenceDescription())
        .evidence("judgment_date", record.judgmentDate())
        .evidence(
            "final_date",
            ConvictionTiming.isFinalOn(record, context.asOf()) ? record.finalDate() : null)
        .evidence("court", record.court())
        .evidence("case_number", record.caseNumber())
        .groundDate(
            ConvictionTiming.isFinalOn(record, context.asOf())
                ? record.finalDate()
                : record.judgmentDate());
  }

  /** The summary's arguments: who, role, category, date, court and case number. */
  static Object[] summaryArguments(Matched<ConvictionRecord> matched, RuleContext context) {
    ConvictionRecord record = matched.record();
    return new Object[] {
      matched.subject().subject().name(),
      context.texts().label("role", matched.subject().role()),
      context.texts().label("category", record.offenceCategory()),
      String.valueOf(
          ConvictionTiming.isFinalOn(record, context.asOf())
              ? record.finalDate()
              : record.judgmentDate()),
      String.valueOf(record.court()),
      String.valueOf(record.caseNumber())
    };
  }

  private static String birthDateOf(ConvictionRecord record) {
    return record.birthDate() == null ? null : record.birthDate().toString();
  }
}
