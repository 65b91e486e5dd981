package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditRecordsAppendOnlyTests {

  @Test
  void theRepositoryHasNoMethodThatUpdatesOrDeletes() {
    List<String> names =
        Arrays.stream(AuditRecords.class.getDeclaredMethods()).map(Method::getName).toList();

    assertThat(names).contains("append", "find", "latestRun");
    assertThat(names)
        .noneMatch(
            name -> {
              String lower = name.toLowerCase(Locale.ROOT);
              return lower.contains("update")
                  || lower.contains("delete")
                  || lower.contains("remove")
                  || lower.contains("save")
                  || lower.contains("purge");
            });
  }

  @Test
  void noSqlOfTheAuditModuleUpdatesOrDeletesAuditTables() throws IOException {
    Path module = Path.of("src/main/java/se/vendorscreening/audit");
    String migrations =
        Files.readString(Path.of("src/main/resources/db/migration/common/V40__audit_trail.sql"));
    try (Stream<Path> sources = Files.walk(module)) {
      List<Path> javaFiles = sources.filter(p -> p.toString().endsWith(".java")).toList();
      assertThat(javaFiles).isNotEmpty();
      for (Path file : javaFiles) {
        String code = Files.readString(file).toLowerCase(Locale.ROOT);
        assertThat(code)
            .as(file.toString())
            .doesNotContainPattern("update\\s+audit_")
            .doesNotContainPattern("delete\\s+from\\s+audit_")
            .doesNotContainPattern("truncate\\s");
      }
    }
    assertThat(migrations.toLowerCase(Locale.ROOT)).doesNotContain("on delete cascade");
  }
}
