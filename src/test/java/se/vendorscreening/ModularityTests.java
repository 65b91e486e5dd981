package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules =
      ApplicationModules.of(VendorScreeningApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    modules.verify();
  }

  @Test
  void writesTheModuleDiagramThatTheReadmeShows() throws Exception {
    Path folder = Path.of("docs", "modules");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeModulesAsPlantUml(
            Documenter.DiagramOptions.defaults()
                .withStyle(Documenter.DiagramOptions.DiagramStyle.UML));

    Path diagram = folder.resolve("components.puml");
    sortTheRelations(diagram);

    assertThat(diagram).content().startsWith("@startuml");
  }

  /**
   * Spring Modulith writes the relations between the modules in a different order from one run to
   * the next; sorted, the committed diagram changes only when the modules do.
   */
  private static void sortTheRelations(Path diagram) throws IOException {
    List<String> lines = Files.readAllLines(diagram);
    List<String> relations =
        lines.stream().filter(line -> line.contains(" --> ")).sorted().toList();
    List<String> sorted = new ArrayList<>();
    for (String line : lines) {
      if (!line.contains(" --> ")) {
        sorted.add(line);
      } else if (sorted.isEmpty() || !sorted.get(sorted.size() - 1).contains(" --> ")) {
        sorted.addAll(relations);
      }
    }
    Files.write(diagram, sorted);
  }
}
