package se.vendorscreening.intake.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Validates representative rows against the parties that this import's vendor list brought in
 * (loaded once when the step opens, so it also holds after a restart).
 */
class RepresentativeRowProcessor
    implements ItemProcessor<ListRow<RepresentativeColumn>, RowOutcome<RepresentativeRow>>,
        ItemStream {

  private final JdbcTemplate jdbc;
  private final String importId;
  private Set<String> partyKeys = Set.of();

  RepresentativeRowProcessor(JdbcTemplate jdbc, String importId) {
    this.jdbc = jdbc;
    this.importId = importId;
  }

  @Override
  public void open(ExecutionContext executionContext) {
    Set<String> keys = new HashSet<>();
    jdbc.query(
        "select distinct party_key from intake_import_party where import_id = ?",
        row -> {
          keys.add(row.getString(1));
        },
        importId);
    partyKeys = keys;
  }

  @Override
  public RowOutcome<RepresentativeRow> process(ListRow<RepresentativeColumn> row) {
    return RepresentativeRowValidator.validate(row, partyKeys);
  }
}
