package se.vendorscreening.registry;

import java.util.List;

/**
 * A registry extract file that cannot be read at all, or a registries folder that does not exist
 * (empty, a required column missing, a quoted field never closed, a read error). Unlike a registry
 * that does not answer, which makes the parties INCOMPLETE, such a file stops the run: the operator
 * must fix or replace the file. The file name, the line where known, and a message code with its
 * arguments let the caller tell the user in their language what is wrong (the code's text is {@code
 * registry.extract.<code>}).
 */
public class UnreadableExtractException extends RegistryCheckFailedException {

  /** The code of a registries folder that does not exist: the file is then the folder. */
  public static final String FOLDER_MISSING = "folderMissing";

  private final String file;
  private final String code;
  private final List<String> arguments;

  /**
   * @param file the file, as the user named it
   * @param reason what is wrong, in English, for the log
   * @param code the message code after {@code registry.extract.}
   * @param arguments the message's arguments, after the file's name
   */
  public UnreadableExtractException(
      String check,
      String file,
      String reason,
      String code,
      List<String> arguments,
      Throwable cause) {
    super(check, reason, cause);
    this.file = file;
    this.code = code;
    this.arguments = List.copyOf(arguments);
  }

  public String file() {
    return file;
  }

  /** The message code after {@code registry.extract.}. */
  public String code() {
    return code;
  }

  public List<String> arguments() {
    return arguments;
  }
}
