package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

    assertThat(folder.resolve("components.puml")).content().startsWith("@startuml");
  }
}
