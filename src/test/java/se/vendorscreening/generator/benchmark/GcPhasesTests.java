package se.vendorscreening.generator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GcPhasesTests {

  @Test
  void eachCollectionCountsForThePhaseItFellIn() {
    List<String> screenLog =
        List.of(
            "16:25:11.857 INFO  PhaseLog - phase=screenImportStep rows=122435 seconds=10.00",
            "16:25:54.309 INFO  PhaseLog - phase=screenPartiesStep rows=122435 seconds=42.44",
            "16:26:00.000 INFO  PhaseLog - phase=writeReportsStep rows=5 seconds=5.00");
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
                + " 400M->90M(600M) 300.1ms");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GcPhases.print(
        GcPhases.phases(screenLog),
        GcPhases.collections(gcLog),
        new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "memory phase=screenImportStep collections=1 heap_before_gc_max_mb=300"
                + " heap_after_gc_max_mb=120",
            "memory phase=screenPartiesStep collections=1 heap_before_gc_max_mb=900"
                + " heap_after_gc_max_mb=410",
            "memory phase=writeReportsStep collections=1 heap_before_gc_max_mb=400"
                + " heap_after_gc_max_mb=90");
  }
}
