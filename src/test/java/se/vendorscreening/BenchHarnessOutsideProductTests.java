package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.vendorscreening.generator.SyntheticProcurementGenerator;
import se.vendorscreening.generator.benchmark.BenchmarkCheck;

/**
 * The benchmark harness (src/bench/java, bench/README.md) stays out of the product: none of its
 * classes is compiled into the application's classes, which the application jar is made of.
 */
class BenchHarnessOutsideProductTests {

  /** The matching benchmark and its helpers, in the matching's package for its package access. */
  private static final Set<String> MATCH_BENCHMARK =
      Set.of(
          "MatchBenchmark",
          "BenchmarkPersons",
          "BenchmarkCompanies",
          "BenchmarkNames",
          "TypoModel");

  private final JavaClasses product =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("se.vendorscreening");

  @Test
  void theApplicationsClassesHoldNoneOfTheHarness() {
    assertThat(product.contain(SyntheticProcurementGenerator.class)).isTrue();
    assertThat(product.stream().map(JavaClass::getName))
        .isNotEmpty()
        .noneMatch(name -> name.startsWith("se.vendorscreening.generator.benchmark."))
        .noneMatch(
            name ->
                name.startsWith("se.vendorscreening.screening.internal.matching.")
                    && MATCH_BENCHMARK.contains(
                        name.substring(name.lastIndexOf('.') + 1).split("\\$")[0]));
  }

  @Test
  void theHarnessIsCompiledWithTheTests() {
    String harness =
        BenchmarkCheck.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    String application =
        SyntheticProcurementGenerator.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .getPath();
    assertThat(harness).endsWith("/test-classes/").isNotEqualTo(application);
  }
}
