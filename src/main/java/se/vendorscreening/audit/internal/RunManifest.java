package se.vendorscreening.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.screening.OutputFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run folder's {@code manifest.json} (SPEC section 6) says about the folder: its run id and
 * each output file with its SHA-256 and size ({@code outputs: [{name, sha256, bytes}]}).
 */
record RunManifest(String runId, List<OutputFile> outputs) {

  static final String FILE_NAME = "manifest.json";

  static RunManifest read(Path folder, JsonMapper json) {
    Path file = folder.resolve(FILE_NAME);
    JsonNode root;
    try {
      root = json.readTree(Files.readString(file));
    } catch (IOException | JacksonException e) {
      throw new IllegalArgumentException("unreadable " + FILE_NAME + " in " + folder, e);
    }
    String runId = text(root, "runId", text(root, "run_id", folder.getFileName().toString()));
    JsonNode outputs = root.path("outputs");
    if (!outputs.isArray()) {
      throw new IllegalArgumentException(FILE_NAME + " in " + folder + " lists no outputs");
    }
    List<OutputFile> files = new ArrayList<>();
    for (JsonNode output : outputs) {
      String name = text(output, "name", null);
      String sha256 = text(output, "sha256", null);
      if (name == null || sha256 == null) {
        throw new IllegalArgumentException(
            FILE_NAME + " in " + folder + " has an output without name or sha256");
      }
      files.add(new OutputFile(name, sha256, output.path("bytes").asLong(-1)));
    }
    return new RunManifest(runId, files);
  }

  private static String text(JsonNode node, String field, String otherwise) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? otherwise : value.asString();
  }
}
