/**
 * The scale benchmark's harness (bench/README.md): the raw-read floor, the GC log split by phase,
 * the planted-flag check, and the WireMock registry with its warm-up. Not part of the product: it
 * lives in {@code src/bench/java}, compiles with the tests (whose command tests use the check and
 * the stub) and is packaged on its own as {@code target/vendor-screening-bench.jar}, so the
 * application jar holds none of it. Its mains run on the application jar's classes without Spring:
 * {@code java -cp target/vendor-screening.jar -Dloader.path=target/vendor-screening-bench.jar
 * -Dloader.main=se.vendorscreening.generator.benchmark.RawReadFloor
 * org.springframework.boot.loader.launch.PropertiesLauncher DIR}, as {@code bench/benchmark.sh}
 * does.
 */
package se.vendorscreening.generator.benchmark;
