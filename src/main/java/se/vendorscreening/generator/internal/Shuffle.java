package se.vendorscreening.generator.internal;

import java.util.List;
import java.util.SplittableRandom;

/** Fisher–Yates with the run's own random source, so that a seed fixes the order. */
final class Shuffle {

  private Shuffle() {}

  static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }

  static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
