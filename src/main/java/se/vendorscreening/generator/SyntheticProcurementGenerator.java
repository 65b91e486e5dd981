package se.vendorscreening.generator;

import java.io.IOException;

/** Writes a synthetic procurement with registries around it and the flags it planted. */
public interface SyntheticProcurementGenerator {

  /**
   * Generates the files the request asks for, streaming them, so that memory does not grow with the
   * number of vendors.
   *
   * @throws IOException when a file cannot be written
   */
  GeneratedData generate(GenerationRequest request) throws IOException;
}
