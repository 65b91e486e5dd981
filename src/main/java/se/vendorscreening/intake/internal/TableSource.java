package se.vendorscreening.intake.internal;

import java.io.Closeable;

/** Rows of one table (a CSV file or one worksheet), read one at a time. */
interface TableSource extends Closeable {

  /** The next row, or null after the last one. */
  TableRow next();

  @Override
  void close();
}
