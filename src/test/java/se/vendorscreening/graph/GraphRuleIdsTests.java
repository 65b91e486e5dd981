package se.vendorscreening.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vendorscreening.shared.RuleId;

/**
 * The graph's signals name their rule by the shared {@link RuleId} (docs/rules.md, "The rule
 * catalogue"), not by text constants of their own that could drift from the catalogue.
 */
class GraphRuleIdsTests {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("se.vendorscreening.graph");

  @Test
  void noGraphClassKeepsARuleIdAsText() {
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("se.vendorscreening.graph..")
        .and()
        .areStatic()
        .and()
        .haveRawType(String.class)
        .should()
        .haveName("ID")
        .check(MAIN);
  }

  @Test
  void aSignalCarriesItsRuleAndItsIdAsFindingsSpellIt() {
    GraphSignal signal =
        new GraphSignal(
            RuleId.FRONT_PERSON, "P-1", "5560000001", null, null, null, List.of(), Map.of());

    assertThat(signal.rule()).isEqualTo(RuleId.FRONT_PERSON);
    assertThat(signal.ruleId()).isEqualTo("FRONT_PERSON");
  }
}
