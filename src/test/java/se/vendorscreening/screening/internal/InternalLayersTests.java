package se.vendorscreening.screening.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The screening module's internals in layers: the rules and the name matching are plain Java that
 * can be read and tested without Spring Batch or a database, the rules using the matching and the
 * matching knowing nothing of the rules (it takes its settings as a record); the stores hold the
 * JDBC; the jobs put both together as Spring Batch steps.
 */
class InternalLayersTests {

  private static final String BASE = "se.vendorscreening.screening.internal";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void theRulesAndTheMatchingUseNeitherSpringBatchNorJdbc() {
    noClasses()
        .that()
        .resideInAnyPackage(BASE + ".rules..", BASE + ".matching..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework.batch..",
            "org.springframework.jdbc..",
            "org.springframework.transaction..",
            "java.sql..",
            "javax.sql..")
        .check(MAIN);
  }

  @Test
  void theRulesAndTheMatchingKnowNeitherTheJobsNorTheStores() {
    noClasses()
        .that()
        .resideInAnyPackage(BASE + ".rules..", BASE + ".matching..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".jobs..", BASE + ".stores..")
        .check(MAIN);
  }

  @Test
  void theStoresDoNotRunJobs() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".stores..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".jobs..", "org.springframework.batch..")
        .check(MAIN);
  }

  @Test
  void theMatchingKnowsNothingOfTheRules() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".matching..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".rules..")
        .check(MAIN);
  }

  @Test
  void theInternalPackagesDependOnEachOtherWithoutCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }
}
