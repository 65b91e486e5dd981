package se.vendorscreening.screening;

import java.util.List;

/**
 * An override that cannot be recorded, with the reason as a message key of the screening bundle
 * ({@code override.refused.<REASON>}) and its arguments, so that each caller can say why in the
 * user's language. The exception's own message is English, for logs.
 */
public final class OverrideRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why an override was refused. */
  public enum Reason {
    /** The number is not an organisation number, personnummer or {@code CC:foreign_id}. */
    INVALID_NUMBER,
    /** No such rule. */
    UNKNOWN_RULE,
    /** An override decides CLEAR or REVIEW only. */
    INVALID_DECISION,
    /** An override needs a reason and an actor. */
    REASON_OR_ACTOR_MISSING,
    /** No completed run shows the party (in the procurement, when one is given). */
    UNKNOWN_PARTY,
    /** The party's latest run does not show the rule. */
    RULE_NOT_SHOWN,
    /** CLEAR for a rule whose findings name no record it could judge. */
    NOTHING_TO_JUDGE,
    /** Four-eyes: the officer who proposed an override cannot approve or reject it. */
    OWN_PROPOSAL,
    /** No proposed override awaits a decision under that id (decided already, or none). */
    NOT_PENDING
  }

  private final Reason reason;
  private final List<String> arguments;

  public OverrideRefusedException(Reason reason, String englishMessage, List<String> arguments) {
    super(englishMessage);
    this.reason = reason;
    this.arguments = List.copyOf(arguments);
  }

  public Reason reason() {
    return reason;
  }

  /** The message key of the screening bundle. */
  public String messageKey() {
    return "override.refused." + reason.name();
  }

  /** The message's arguments, in order. */
  public List<String> arguments() {
    return arguments;
  }
}
