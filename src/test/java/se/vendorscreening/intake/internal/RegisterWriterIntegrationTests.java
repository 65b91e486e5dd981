package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.ProcurementType;

/**
 * The register's bulk writes give the rows exactly as written, whatever the database: on H2 by
 * inserts and merges, on PostgreSQL (the postgres run) a batch of {@link
 * RegisterWriter#COPY_FROM_ROWS} rows or more by {@code COPY} and a smaller one a statement a row.
 * The texts are the ones a CSV transfer could get wrong: quotes, separators, line breaks, control
 * characters, an empty text that is not a null.
 */
@SpringBootTest
class RegisterWriterIntegrationTests {

  private static final List<String> AWKWARD_NAMES =
      List.of(
          "Bygg \"Nord\" AB",
          "Kakel, Klinker & Co",
          "Rad\nbrytning\r\nAB",
          "Åkesson; Öberg \\ Söner",
          "Enhet\u001favskiljare",
          "  mellanslag  ",
          "\\.",
          "NULL",
          "");

  @Autowired RegisterWriter writer;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void aLargeBatchKeepsEveryTextNullNumberAndDateAndItsLastRowOfAKey() {
    String procurement = "KS-COPY-" + UUID.randomUUID();
    List<VendorRow> rows = new ArrayList<>();
    for (int i = 0; i < RegisterWriter.COPY_FROM_ROWS + 8; i++) {
      rows.add(vendor(procurement, i, "Första namnet " + i));
    }
    // the same key twice in one batch: the later row is what the register keeps
    rows.add(vendor(procurement, 3, "Andra namnet 3"));

    transaction.executeWithoutResult(status -> writer.writeVendors("import-" + procurement, rows));

    List<Object[]> stored = parties(procurement);
    assertThat(stored).hasSize(RegisterWriter.COPY_FROM_ROWS + 8);
    for (int i = 0; i < stored.size(); i++) {
      VendorRow expected = i == 3 ? vendor(procurement, 3, "Andra namnet 3") : rows.get(i);
      assertStored(stored.get(i), expected);
    }
    assertThat(contracts(procurement))
        .containsExactlyElementsOf(
            rows.subList(0, RegisterWriter.COPY_FROM_ROWS + 8).stream()
                .filter(row -> row.contract() != null)
                .map(
                    row ->
                        List.<Object>of(
                            row.key(),
                            row.contract().contractId(),
                            row.contract().start().toString(),
                            row.contract().annualValueSek().stripTrailingZeros().toPlainString()))
                .toList());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from intake_import_party where import_id = ?",
                Integer.class,
                "import-" + procurement))
        .isEqualTo(RegisterWriter.COPY_FROM_ROWS + 8);
  }

  @Test
  void rowsWrittenAgainUpdateTheRegisterInLargeAndSmallBatches() {
    String procurement = "KS-COPY-" + UUID.randomUUID();
    List<VendorRow> first = new ArrayList<>();
    for (int i = 0; i < RegisterWriter.COPY_FROM_ROWS; i++) {
      first.add(vendor(procurement, i, "Gammalt namn " + i));
    }
    transaction.executeWithoutResult(status -> writer.writeVendors("first-" + procurement, first));

    List<VendorRow> large = new ArrayList<>();
    for (int i = 0; i < RegisterWriter.COPY_FROM_ROWS + 4; i++) {
      large.add(vendor(procurement, i, "Nytt namn " + i));
    }
    List<VendorRow> small = List.of(vendor(procurement, 1, "Senaste namnet 1"));
    transaction.executeWithoutResult(
        status -> {
          writer.writeVendors("second-" + procurement, large);
          writer.writeVendors("third-" + procurement, small);
        });

    List<Object[]> stored = parties(procurement);
    assertThat(stored).hasSize(RegisterWriter.COPY_FROM_ROWS + 4);
    assertStored(stored.get(0), large.get(0));
    assertStored(stored.get(1), small.get(0));
    assertStored(stored.get(RegisterWriter.COPY_FROM_ROWS + 3), large.get(large.size() - 1));
  }

  @Test
  void representativesKeepTheirDatesMonthsAndNames() {
    String party = "DE:COPY-" + UUID.randomUUID();
    List<RepresentativeRow> rows = new ArrayList<>();
    for (int i = 0; i < RegisterWriter.COPY_FROM_ROWS + 1; i++) {
      rows.add(
          new RepresentativeRow(
              party,
              null,
              AWKWARD_NAMES.get(i % (AWKWARD_NAMES.size() - 1)) + " " + i,
              i % 2 == 0 ? LocalDate.of(1960, 1, 1).plusDays(i * 97L) : null,
              RepresentativeRole.values()[i % RepresentativeRole.values().length],
              i % 2 == 0 ? null : java.time.YearMonth.of(1970 + i, 1 + i % 12),
              i % 3 == 0 ? LocalDate.of(2020, 1, 1).plusDays(i) : null,
              i % 5 == 0 ? LocalDate.of(2026, 6, 30) : null));
    }
    transaction.executeWithoutResult(status -> writer.writeRepresentatives("reps-" + party, rows));

    List<List<Object>> stored =
        jdbc.query(
            "select person_key, role, name, birth_date, birth_month, valid_from, valid_to"
                + " from intake_representative where party_key = ? order by name",
            (rs, n) ->
                java.util.Arrays.asList(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getObject(6, LocalDate.class),
                    rs.getObject(7, LocalDate.class)),
            party);
    assertThat(stored)
        .containsExactlyInAnyOrderElementsOf(
            rows.stream()
                .map(
                    row ->
                        java.util.Arrays.<Object>asList(
                            row.personKey(),
                            row.role().name(),
                            row.name(),
                            row.birthDate(),
                            row.birthMonth() == null ? null : row.birthMonth().toString(),
                            row.from(),
                            row.to()))
                .toList());
  }

  /**
   * A foreign party (no Swedish number to make valid): every other row has no contract, no contract
   * value and no share; its foreign name cycles through the awkward texts.
   */
  private static VendorRow vendor(String procurement, int i, String namePrefix) {
    String name = namePrefix + " " + AWKWARD_NAMES.get(i % AWKWARD_NAMES.size());
    boolean even = i % 2 == 0;
    return new VendorRow(
        procurement,
        ProcurementType.LOU,
        "Upphandling \"städ\", etapp 2",
        null,
        "DE",
        String.format("HRB-%03d", i),
        name,
        even ? PartyRole.VENDOR : PartyRole.SUBCONTRACTOR,
        even ? null : "DE:HRB-000",
        even
            ? new Contract(
                "AVT-" + i,
                ContractStatus.ACTIVE,
                LocalDate.of(2026, 1, 1).plusDays(i),
                null,
                new BigDecimal("1234567.89").add(BigDecimal.valueOf(i)))
            : null,
        even ? new BigDecimal("98765432.10") : null,
        even ? null : new BigDecimal("12.3456"));
  }

  private List<Object[]> parties(String procurement) {
    return jdbc.query(
        "select party_key, identity_number, country, foreign_id, name, role, parent_key,"
            + " contract_value_sek, subcontract_share_percent"
            + " from intake_party where procurement_id = ? order by party_key",
        (rs, n) ->
            new Object[] {
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7),
              rs.getBigDecimal(8),
              rs.getBigDecimal(9)
            },
        procurement);
  }

  private List<List<Object>> contracts(String procurement) {
    return jdbc.query(
        "select party_key, contract_id, start_date, annual_value_sek from intake_contract"
            + " where procurement_id = ? order by party_key",
        (rs, n) ->
            List.<Object>of(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class).toString(),
                rs.getBigDecimal(4).stripTrailingZeros().toPlainString()),
        procurement);
  }

  private static void assertStored(Object[] stored, VendorRow expected) {
    assertThat(stored[0]).isEqualTo(expected.key());
    assertThat(stored[1]).isNull();
    assertThat(stored[2]).isEqualTo(expected.country());
    assertThat(stored[3]).isEqualTo(expected.foreignId());
    assertThat(stored[4]).isEqualTo(expected.name());
    assertThat(stored[5]).isEqualTo(expected.role().name());
    assertThat(stored[6]).isEqualTo(expected.parentKey());
    assertDecimal((BigDecimal) stored[7], expected.contractValueSek());
    assertDecimal((BigDecimal) stored[8], expected.subcontractSharePercent());
  }

  private static void assertDecimal(BigDecimal stored, BigDecimal expected) {
    if (expected == null) {
      assertThat(stored).isNull();
    } else {
      assertThat(stored).isEqualByComparingTo(expected);
    }
  }
}
