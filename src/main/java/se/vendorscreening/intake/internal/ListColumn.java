package se.vendorscreening.intake.internal;

import java.util.List;

/** A column of a vendor list or a representatives list, with the header names it answers to. */
interface ListColumn {

  /** The English header name, also the key in {@code config/intake.yml}. */
  String header();

  /** The header names it is known by without configuration: English and Swedish. */
  List<String> aliases();

  /** Whether a file without this column cannot be read at all. */
  boolean requiredInHeader();
}
