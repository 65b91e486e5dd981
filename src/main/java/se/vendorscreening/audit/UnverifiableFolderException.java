package se.vendorscreening.audit;

/** A run folder could not be verified at all: nothing was found to be right or wrong. */
public class UnverifiableFolderException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why the folder could not be verified. */
  public enum Reason {
    /** No folder of that path, nor a run of that id in the audit trail or the reports folder. */
    NO_FOLDER,
    /** The folder has no manifest.json, or one that is no manifest. */
    UNREADABLE_MANIFEST,
    /** The public key file is missing or holds no Ed25519 public key in PEM. */
    UNREADABLE_KEY
  }

  private final Reason reason;
  private final String subject;

  /**
   * @param reason why
   * @param subject the path or run id it concerns, as the user may look for it
   * @param detail what exactly failed, for the log
   */
  public UnverifiableFolderException(Reason reason, String subject, String detail) {
    super(detail);
    this.reason = reason;
    this.subject = subject;
  }

  public UnverifiableFolderException(
      Reason reason, String subject, String detail, Throwable cause) {
    this(reason, subject, detail);
    initCause(cause);
  }

  public Reason reason() {
    return reason;
  }

  public String subject() {
    return subject;
  }
}
