package se.vendorscreening.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.vendorscreening.shared.ExclusionGround;

/**
 * One piece of evidence about one exclusion ground of one party, from outside the registries: a
 * sworn statement's declaration, a vendor document, an answer of the coordinated register check
 * (docs/evidence.md). The screening judges per ground whether such evidence, or a registry's
 * answer, satisfies it.
 *
 * @param ground the ground it is about
 * @param answer what it says: absent, present or unknown
 * @param basis the evidence itself: kind, reference, issuer, date, who declared
 * @param validUntil the last day it counts; null: its date plus the configured maximum age for its
 *     kind (sworn statements and vendor documents), or no limit when it has no date either
 * @param persons the persons it covers by name; empty: the party and its whole circle
 */
public record GroundEvidence(
    ExclusionGround ground,
    GroundAnswer answer,
    EvidenceBasis basis,
    LocalDate validUntil,
    List<String> persons) {

  public GroundEvidence {
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(basis, "basis");
    persons = persons == null ? List.of() : List.copyOf(persons);
  }
}
