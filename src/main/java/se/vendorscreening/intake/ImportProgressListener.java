package se.vendorscreening.intake;

/** Hears how far a running import has come, e.g. to draw a progress bar. */
@FunctionalInterface
public interface ImportProgressListener {

  /** Ignores progress. */
  ImportProgressListener NONE = (rowsDone, rowsTotal) -> {};

  /**
   * Called after each written chunk.
   *
   * @param rowsDone data rows of all input files validated and written so far
   * @param rowsTotal data rows of all input files
   */
  void rowsDone(long rowsDone, long rowsTotal);
}
