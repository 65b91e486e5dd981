package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * The vendor or a representative is a subject of a network assessment that meets the active
 * profile's definition of organised crime (the plan against organised crime; the contract's
 * termination clause); an assessment that does not meet it is information.
 */
final class OrganisedCrimeLinkRule implements Rule {

  static final RuleId ID = RuleId.ORGANISED_CRIME_LINK;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    OrganisedCrimeProfile profile = context.rules().profile();
    List<Finding> findings = new ArrayList<>();
    for (Matched<NetworkAssessment> matched : evidence.assessments()) {
      NetworkAssessment record = matched.record();
      String criteria =
          new TreeSet<>(record.criteriaMet())
              .stream().map(String::valueOf).collect(Collectors.joining(","));
      FindingBuilder finding =
          FindingBuilder.finding(ID, context)
              .about(
                  matched,
                  record.subjectName(),
                  record.subjectId() == null ? null : record.subjectId().masked())
              .evidence("network_id", record.networkId())
              .evidence("criteria_met", criteria)
              .evidence("profile", profile.name())
              .evidence("assessed_date", record.assessedDate())
              .evidence("assessment_source", record.source())
              .groundDate(record.assessedDate());
      Object[] args = {
        matched.subject().subject().name(),
        context.texts().label("role", matched.subject().role()),
        record.networkId(),
        criteria,
        profile.name()
      };
      if (profile.isMetBy(record.criteriaMet())) {
        finding.ruleSummary(args);
      } else {
        finding.informational().summary("finding.ORGANISED_CRIME_LINK.not-met", args);
      }
      findings.add(finding.build());
    }
    return findings;
  }
}
