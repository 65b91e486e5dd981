package se.vendorscreening.generator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GcPhasesTests {

  /**
   * As bench/benchmark.sh writes them: the screen log in Swedish time (CET in November, UTC+1), the
   * GC log of the same JVM in UTC with its offset. Matched by the clock text alone, no collection
   * fell in any phase and every heap column printed 0.
   */
  @Test
  void eachCollectionCountsForThePhaseItFellInAlthoughTheLogsUseOtherZones() {
    List<String> screenLog =
        List.of(
            "17:25:11.857 INFO  PhaseLog - phase=screenImportStep rows=122435 seconds=10.00",
            "17:25:54.309 INFO  PhaseLog - phase=screenPartiesStep rows=122435 seconds=42.44",
            "17:26:00.000 INFO  PhaseLog - phase=writeReportsStep rows=5 seconds=5.00");
    List<String> gcLog =
        List.of(
            // before the import started: in no phase
            "[2026-11-28T16:25:01.000+0000][0.453s][info][gc] GC(0) Pause Young (Normal)"
                + " (G1 Evacuation Pause) 18M->2M(380M) 8.588ms",
            "[2026-11-28T16:25:05.000+0000][5.4s][info][gc] GC(9) Pause Young (Normal)"
                + " (G1 Evacuation Pause) 300M->120M(512M) 8.588ms",
            "[2026-11-28T16:25:30.000+0000][29s][info][gc] GC(30) Pause Young (Mixed)"
                + " (G1 Evacuation Pause) 900M->410M(1024M) 88.580ms",
            "[2026-11-28T16:25:31.000+0000][30s][info][gc] GC(31) Pause Remark 950M->950M(1024M)"
                + " 19.160ms",
            "[2026-11-28T16:25:57.000+0000][56s][info][gc] GC(60) Pause Full (System.gc())"
                + " 400M->90M(600M) 300.1ms",
            // at the clock text of the import's end, but an hour before it in Swedish time
            "[2026-11-28T17:25:11.000+0000][3600s][info][gc] GC(61) Pause Young (Normal)"
                + " (G1 Evacuation Pause) 999M->998M(1024M) 1.000ms");

    assertThat(printed(screenLog, gcLog))
        .containsExactly(
            "memory phase=screenImportStep collections=1 heap_before_gc_max_mb=300"
                + " heap_after_gc_max_mb=120",
            "memory phase=screenPartiesStep collections=1 heap_before_gc_max_mb=900"
                + " heap_after_gc_max_mb=410",
            "memory phase=writeReportsStep collections=1 heap_before_gc_max_mb=400"
                + " heap_after_gc_max_mb=90");
  }

  /** A JVM in Swedish summer time (UTC+2), and a phase that ran over midnight. */
  @Test
  void gcLogInSwedishSummerTimeAndAPhaseOverMidnight() {
    List<String> screenLog =
        List.of(
            // 23:59:45 to 00:00:05
            "00:00:05.000 INFO  PhaseLog - phase=screenImportStep rows=10 seconds=20.00",
            // 00:00:20 to 00:00:30
            "00:00:30.000 INFO  PhaseLog - phase=screenPartiesStep rows=10 seconds=10.00");
    List<String> gcLog =
        List.of(
            "[2026-07-01T23:59:50.000+0200][1s][info][gc] GC(1) Pause Young (Normal)"
                + " (G1 Evacuation Pause) 100M->50M(512M) 1.0ms",
            "[2026-07-02T00:00:03.000+0200][2s][info][gc] GC(2) Pause Young (Normal)"
                + " (G1 Evacuation Pause) 150M->60M(512M) 1.0ms",
            // 00:00:10 in Swedish time: between the phases
            "[2026-07-01T22:00:10.000+0000][3s][info][gc] GC(3) Pause Young (Normal)"
                + " (G1 Evacuation Pause) 700M->600M(1024M) 1.0ms",
            "[2026-07-01T22:00:25.000+0000][4s][info][gc] GC(4) Pause Young (Normal)"
                + " (G1 Evacuation Pause) 200M->70M(512M) 1.0ms");

    assertThat(printed(screenLog, gcLog))
        .containsExactly(
            "memory phase=screenImportStep collections=2 heap_before_gc_max_mb=150"
                + " heap_after_gc_max_mb=60",
            "memory phase=screenPartiesStep collections=1 heap_before_gc_max_mb=200"
                + " heap_after_gc_max_mb=70");
  }

  private static List<String> printed(List<String> screenLog, List<String> gcLog) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GcPhases.print(
        GcPhases.phases(screenLog),
        GcPhases.collections(gcLog),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
