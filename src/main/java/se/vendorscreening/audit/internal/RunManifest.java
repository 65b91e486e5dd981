package se.vendorscreening.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.audit.UnverifiableFolderException;
import se.vendorscreening.screening.OutputFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run folder's {@code manifest.json} (docs/run-folder.md) says about the folder: its run id,
 * each output file with its SHA-256 and size ({@code outputs: [{name, sha256, bytes}]}), and the
 * key that signed it ({@code signature: {algorithm, public_key_sha256, file}}), if any.
 *
 * @param bytes the manifest exactly as it is on disk, the bytes its signature covers
 * @param signingKeySha256 the fingerprint of the key the manifest names, or null when it names none
 */
record RunManifest(String runId, List<OutputFile> outputs, byte[] bytes, String signingKeySha256) {

  static final String FILE_NAME = "manifest.json";

  static RunManifest read(Path folder, JsonMapper json) {
    Path file = folder.resolve(FILE_NAME);
    byte[] bytes;
    JsonNode root;
    try {
      bytes = Files.readAllBytes(file);
      root = json.readTree(bytes);
    } catch (IOException | JacksonException e) {
      throw unreadable(file, "unreadable " + FILE_NAME + " in " + folder, e);
    }
    String runId = text(root, "runId", text(root, "run_id", folder.getFileName().toString()));
    JsonNode outputs = root.path("outputs");
    if (!outputs.isArray()) {
      throw unreadable(file, FILE_NAME + " in " + folder + " lists no outputs", null);
    }
    List<OutputFile> files = new ArrayList<>();
    for (JsonNode output : outputs) {
      String name = text(output, "name", null);
      String sha256 = text(output, "sha256", null);
      if (name == null || sha256 == null) {
        throw unreadable(
            file, FILE_NAME + " in " + folder + " has an output without name or sha256", null);
      }
      files.add(new OutputFile(name, sha256, output.path("bytes").asLong(-1)));
    }
    return new RunManifest(
        runId, files, bytes, text(root.path("signature"), "public_key_sha256", null));
  }

  private static UnverifiableFolderException unreadable(Path file, String detail, Exception cause) {
    return new UnverifiableFolderException(
        UnverifiableFolderException.Reason.UNREADABLE_MANIFEST, file.toString(), detail, cause);
  }

  private static String text(JsonNode node, String field, String otherwise) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? otherwise : value.asString();
  }
}
