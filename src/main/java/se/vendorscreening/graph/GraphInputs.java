package se.vendorscreening.graph;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the relationship graph's signals need besides the register and the ownership file: the
 * evaluation date, the companies a phoenix signal looks back to, and the subjects of
 * organised-crime assessments that meet the active profile.
 *
 * @param asOf the evaluation date
 * @param marked companies excluded in an earlier run, or bankrupt or in liquidation, as the
 *     register of screening results knows them
 * @param organisedCrime subjects of assessments that meet the profile
 * @param euThresholdSek a contract valued at or above this is above the EU thresholds (the
 *     sanctions rules' scope); null when the procurement type alone decides (LOU is above)
 * @param subcontractorSharePercent SANCTIONED_SUBCONTRACTOR fires for a subcontractor whose share
 *     of the contract value is above this
 */
public record GraphInputs(
    LocalDate asOf,
    List<MarkedCompany> marked,
    List<OrganisedCrimeSubject> organisedCrime,
    BigDecimal euThresholdSek,
    BigDecimal subcontractorSharePercent) {

  /** The share above which a subcontractor counts under Reg. (EU) 833/2014 art. 5k. */
  public static final BigDecimal DEFAULT_SUBCONTRACTOR_SHARE_PERCENT = BigDecimal.TEN;

  public GraphInputs {
    Objects.requireNonNull(asOf, "asOf");
    marked = List.copyOf(marked);
    organisedCrime = List.copyOf(organisedCrime);
    subcontractorSharePercent =
        subcontractorSharePercent == null
            ? DEFAULT_SUBCONTRACTOR_SHARE_PERCENT
            : subcontractorSharePercent;
  }

  /** Inputs without a configured EU threshold, and the default subcontractor share. */
  public GraphInputs(
      LocalDate asOf, List<MarkedCompany> marked, List<OrganisedCrimeSubject> organisedCrime) {
    this(asOf, marked, organisedCrime, null, null);
  }

  /** No marked company and no assessment. */
  public static GraphInputs none(LocalDate asOf) {
    return new GraphInputs(asOf, List.of(), List.of());
  }

  /**
   * A company a person of a party's circle may come from (phoenix).
   *
   * @param partyKey the company's register key
   * @param reason {@code EXCLUDED}, {@code BANKRUPT} or {@code LIQUIDATION}
   * @param date when the register saw it so (the run's evaluation date)
   */
  public record MarkedCompany(String partyKey, String reason, LocalDate date) {
    public MarkedCompany {
      Objects.requireNonNull(partyKey, "partyKey");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A subject of an organised-crime assessment that meets the active profile.
   *
   * @param subjectKey the canonical digits of the person's or company's number
   * @param networkId the network's id in the assessment
   * @param criteria the criteria met, e.g. {@code 1,2,3,4,6,9}
   */
  public record OrganisedCrimeSubject(String subjectKey, String networkId, String criteria) {
    public OrganisedCrimeSubject {
      Objects.requireNonNull(subjectKey, "subjectKey");
      Objects.requireNonNull(networkId, "networkId");
    }
  }
}
