package se.vendorscreening.generator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawReadFloorTests {

  @Test
  void readsEveryInputFileAndCountsItsRowsWithoutTheHeader(@TempDir Path folder)
      throws IOException {
    Files.createDirectories(folder.resolve("registries"));
    for (int i = 0; i < RawReadFloor.INPUTS.size(); i++) {
      StringBuilder text = new StringBuilder("a,b,c\n");
      for (int row = 0; row < i + 1; row++) {
        text.append("1,\"x, quoted\",3\n");
      }
      Files.writeString(folder.resolve(RawReadFloor.INPUTS.get(i)), text);
    }

    List<RawReadFloor.FileRead> reads = RawReadFloor.measure(folder);

    assertThat(reads)
        .extracting(RawReadFloor.FileRead::rows)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(reads)
        .extracting(RawReadFloor.FileRead::fields)
        .containsExactly(6L, 9L, 12L, 15L, 18L, 21L);
    assertThat(reads).allSatisfy(read -> assertThat(read.nanos()).isPositive());
  }
}
