package se.vendorscreening.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * The register's representatives read by their parties' keys, as the parties' reader and the
 * reports ask for them.
 */
final class RepresentativeRows {

  /**
   * Keys a query asks for, at most: the database finds each key's rows by the primary key, but then
   * tests every row it found against the whole list of keys, one by one, so a list of 500 keys cost
   * 500 comparisons a row.
   */
  static final int KEYS_A_QUERY = 25;

  private RepresentativeRows() {}

  /**
   * The representatives of these parties (distinct keys), {@value #KEYS_A_QUERY} keys a query; a
   * party without any is absent from the map.
   *
   * @param orderWithinParty the order of a party's representatives, after {@code party_key} (an
   *     {@code order by} list of intake_representative's columns)
   */
  static Map<String, List<RegisteredRepresentative>> byParty(
      JdbcTemplate jdbc, List<String> keys, String orderWithinParty) {
    Map<String, List<RegisteredRepresentative>> representatives = new HashMap<>();
    for (int from = 0; from < keys.size(); from += KEYS_A_QUERY) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + KEYS_A_QUERY));
      jdbc.query(
          "select party_key, person_id, name, birth_date, birth_month, role"
              + " from intake_representative where party_key in ("
              + String.join(",", Collections.nCopies(batch.size(), "?"))
              + ") order by party_key, "
              + orderWithinParty,
          rs -> {
            representatives
                .computeIfAbsent(rs.getString("party_key"), k -> new ArrayList<>(2))
                .add(of(rs));
          },
          batch.toArray());
    }
    return representatives;
  }

  /** The representative of the row (person_id, name, birth_date, role, birth_month). */
  static RegisteredRepresentative of(ResultSet rs) throws SQLException {
    String personId = rs.getString("person_id");
    return new RegisteredRepresentative(
        personId == null ? null : new PersonalIdentityNumber(personId),
        rs.getString("name"),
        rs.getObject("birth_date", LocalDate.class),
        RepresentativeRole.valueOf(rs.getString("role")),
        BirthMonths.read(rs.getString("birth_month")));
  }
}
