package se.vendorscreening.screening.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.Statement;
import se.vendorscreening.intake.StatementKind;
import se.vendorscreening.intake.SwornStatements;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.GroundAnswer;
import se.vendorscreening.screening.GroundEvidence;
import se.vendorscreening.screening.GroundEvidenceSource;
import se.vendorscreening.shared.ExclusionGround;

/**
 * The party's sworn statements and vendor documents in the register (the latest import that brought
 * any, docs/statements.md) as evidence about its grounds.
 */
@Component
@Order(0)
public class StatementEvidenceSource implements GroundEvidenceSource {

  private final SwornStatements statements;

  StatementEvidenceSource(SwornStatements statements) {
    this.statements = statements;
  }

  @Override
  public String check() {
    return "STATEMENTS";
  }

  @Override
  public List<GroundEvidence> evidenceAbout(RegisteredParty party, LocalDate asOf) {
    return evidenceOf(statements.latestOf(party.key()));
  }

  /**
   * The same source over every party's statements read once, in one query, for the screening of a
   * run: it asks about every party, and one query a party was a round trip on the hot path. The
   * statements are those of the register when it is called (after the run's import).
   */
  public GroundEvidenceSource loadedOnce() {
    Map<String, List<Statement>> byParty = statements.latestOfAll();
    return new GroundEvidenceSource() {
      @Override
      public String check() {
        return StatementEvidenceSource.this.check();
      }

      @Override
      public List<GroundEvidence> evidenceAbout(RegisteredParty party, LocalDate asOf) {
        return evidenceOf(byParty.getOrDefault(party.key(), List.of()));
      }
    };
  }

  private static List<GroundEvidence> evidenceOf(List<Statement> statements) {
    List<GroundEvidence> evidence = new ArrayList<>();
    for (Statement statement : statements) {
      of(statement).ifPresent(evidence::add);
    }
    return evidence;
  }

  static Optional<GroundEvidence> of(Statement statement) {
    return ExclusionGround.ofCode(statement.groundCode())
        .map(
            ground ->
                new GroundEvidence(
                    ground,
                    statement.applies() ? GroundAnswer.PRESENT : GroundAnswer.ABSENT,
                    basisOf(statement, ground),
                    statement.validUntil(),
                    statement.persons()));
  }

  static EvidenceBasis basisOf(Statement statement, ExclusionGround ground) {
    String where = statement.file() + ":" + statement.line();
    if (statement.kind() == StatementKind.VENDOR_DOCUMENT) {
      return EvidenceBasis.document(
          statement.reference() == null ? where : statement.reference(),
          statement.issuer(),
          statement.date());
    }
    return EvidenceBasis.statement(
        statement.reference() == null ? where : statement.reference() + " (" + where + ")",
        statement.date(),
        statement.signedBy(),
        ground.code() + (statement.applies() ? "=PRESENT" : "=ABSENT"));
  }
}
