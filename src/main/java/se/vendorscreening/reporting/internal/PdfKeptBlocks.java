package se.vendorscreening.reporting.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.vandeseer.easytable.structure.Table;

/**
 * The blocks of the per-party documents kept from one document to the next, for the working cuts of
 * the fonts ({@link PdfFonts}): most of a certificate is the same for many parties (the table of
 * the registries' answers of a clear party, the clauses quoted, the footer, the letters' fixed
 * paragraphs). A block's table is built and measured once for what it shows ({@link #built}), and a
 * kept table drawn whole on a page is written as the bytes it was written as before, wherever the
 * page has it ({@link #drawn}; it is drawn from a top at 0 and placed by a translation): the same
 * operators, so the same pages. Both the most recently used {@link #KEPT}. Not thread-safe: one a
 * {@link PdfFonts}, used by one document at a time.
 */
final class PdfKeptBlocks {

  /** Blocks kept of each kind, the least recently used dropped first. */
  static final int KEPT = 1024;

  private final Set<Table> keptTables = Collections.newSetFromMap(new IdentityHashMap<>());

  private final Map<Key, Built> built =
      new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Built> eldest) {
          if (size() > KEPT) {
            keptTables.remove(eldest.getValue().table());
            return true;
          }
          return false;
        }
      };

  private final Map<DrawKey, Drawn> drawn =
      new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DrawKey, Drawn> eldest) {
          return size() > KEPT;
        }
      };

  /** A table built before, with the characters of its texts (for the document's font subsets). */
  record Built(Table table, BitSet characters) {}

  /**
   * What a block shows: its kind and the values it was built from (texts, widths, colours, sizes),
   * compared as arrays' contents.
   */
  static final class Key {
    private final Object[] parts;
    private final int hash;

    Key(Object... parts) {
      this.parts = parts;
      this.hash = Arrays.deepHashCode(parts);
    }

    /**
     * A copy of the key whose arrays are its own, so that a caller's later change cannot alter it.
     */
    Key copy() {
      return new Key(deepCopy(parts));
    }

    private static Object[] deepCopy(Object[] values) {
      Object[] copy = values.clone();
      for (int i = 0; i < copy.length; i++) {
        if (copy[i] instanceof Object[] array) {
          copy[i] = deepCopy(array);
        } else if (copy[i] instanceof float[] array) {
          copy[i] = array.clone();
        }
      }
      return copy;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && hash == key.hash && Arrays.deepEquals(parts, key.parts);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * A kept table's content written onto a page from a top at 0, and how far from the page's left
   * (easytable's tables are equal only to themselves); a translation puts it at its height on the
   * page (see {@link PdfTableDrawing}).
   */
  record DrawKey(Table table, float startX) {}

  /**
   * A table's content as written (see {@link PdfContentBytes#copy}): its bytes, the fonts it set
   * with their names on the page it was written on, in the order first set, and the state it ended
   * in.
   */
  record Drawn(
      byte[] bytes,
      PDFont[] fonts,
      byte[][] fontNames,
      PDFont endFont,
      boolean strokingSpace,
      boolean nonStrokingSpace) {}

  Built built(Key key) {
    return built.get(key);
  }

  void keep(Key key, Built value) {
    built.put(key.copy(), value);
    keptTables.add(value.table());
  }

  /** Whether the table is one of the kept ones (only those are drawn again from bytes). */
  boolean isKept(Table table) {
    return keptTables.contains(table);
  }

  /** How many times a kept table was written from its bytes. */
  private int replayed;

  Drawn drawn(DrawKey key) {
    return drawn.get(key);
  }

  /** Counts a kept table written from its bytes. */
  void replayedOne() {
    replayed++;
  }

  /** How many times a kept table was written from its bytes ({@link #drawn}). */
  int replayed() {
    return replayed;
  }

  void keepDrawn(DrawKey key, Drawn value) {
    drawn.put(key, value);
  }
}
