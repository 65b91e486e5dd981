package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.PersonalIdentityNumber;

class ImportedRepresentativesTests {

  private final ImportedRepresentatives imported = new ImportedRepresentatives();

  @Test
  void handsOutEachPartyOnceInTheRegistersOrderWithTheLaterRowOfAPerson() {
    imported.start("i1", Set.of());
    imported.committed(
        "i1",
        List.of(
            row("A", null, "Bo Ek", RepresentativeRole.CEO),
            row("A", "198112189876", "Lisa Lund", RepresentativeRole.BOARD),
            row("A", null, "Al Berg", RepresentativeRole.BOARD),
            row("B", null, "Cid Ro", RepresentativeRole.SIGNATORY)));
    imported.committed(
        "i1",
        List.of(
            row("A", null, "AL BERG", RepresentativeRole.BOARD),
            row("A", null, "Al Berg", RepresentativeRole.CEO)));
    ImportedRepresentatives.Holding held = imported.completed("i1", 6);
    assertThat(held).isNotNull();

    Map<String, List<RegisteredRepresentative>> answered = new HashMap<>();
    List<String> unanswered = held.take(List.of("A", "C"), answered);

    assertThat(unanswered).isEmpty();
    // BOARD before CEO; within a role by person key: "19811218..." < "al berg|..." (digits first)
    assertThat(answered.get("A"))
        .extracting(RegisteredRepresentative::name, RegisteredRepresentative::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Lisa Lund", RepresentativeRole.BOARD),
            org.assertj.core.groups.Tuple.tuple("AL BERG", RepresentativeRole.BOARD),
            org.assertj.core.groups.Tuple.tuple("Al Berg", RepresentativeRole.CEO),
            org.assertj.core.groups.Tuple.tuple("Bo Ek", RepresentativeRole.CEO));
    assertThat(answered.get("A").get(0).personId())
        .isEqualTo(new PersonalIdentityNumber("198112189876"));
    // the register does not read a role's dates back for the checks
    assertThat(answered.get("A")).allSatisfy(r -> assertThat(r.from()).isNull());
    assertThat(answered.get("C")).isEmpty();

    Map<String, List<RegisteredRepresentative>> again = new HashMap<>();
    assertThat(held.take(List.of("A", "B"), again)).containsExactly("A");
    assertThat(again.get("B")).extracting(RegisteredRepresentative::name).containsExactly("Cid Ro");
    // everything handed out: the holding ends, and the register answers for every party
    assertThat(imported.completed("i1", 6)).isNull();
    assertThat(held.take(List.of("C"), new HashMap<>())).containsExactly("C");
  }

  @Test
  void aPartyTheRegisterKnewBeforeTheImportIsLeftToTheRegister() {
    imported.start("i1", Set.of("A"));
    imported.committed("i1", List.of(row("A", null, "Bo Ek", RepresentativeRole.CEO)));
    Map<String, List<RegisteredRepresentative>> answered = new HashMap<>();

    assertThat(imported.completed("i1", 1).take(List.of("A", "B"), answered)).containsExactly("A");
    assertThat(answered).containsOnlyKeys("B");
  }

  @Test
  void holdsNothingUnlessEveryAcceptedRowOfTheImportWasCommittedHere() {
    imported.start("i1", Set.of());
    imported.committed("i1", List.of(row("A", null, "Bo Ek", RepresentativeRole.CEO)));

    assertThat(imported.completed("i1", 2)).isNull();
    assertThat(imported.completed("i2", 1)).isNull();
    assertThat(imported.completed("i1", 1)).isNotNull();
  }

  @Test
  void anotherImportsRowsEndTheHolding() {
    imported.start("i1", Set.of());
    imported.committed("i1", List.of(row("A", null, "Bo Ek", RepresentativeRole.CEO)));
    ImportedRepresentatives.Holding held = imported.completed("i1", 1);

    imported.committed("i2", List.of(row("A", null, "Ny Person", RepresentativeRole.BOARD)));

    assertThat(imported.completed("i1", 1)).isNull();
    assertThat(held.take(List.of("A"), new HashMap<>())).containsExactly("A");
  }

  @Test
  void nothingIsHeldBeforeAnImportStarts() {
    imported.committed("i1", List.of(row("A", null, "Bo Ek", RepresentativeRole.CEO)));

    assertThat(imported.completed("i1", 1)).isNull();
  }

  private static RepresentativeRow row(
      String party, String personId, String name, RepresentativeRole role) {
    return new RepresentativeRow(
        party,
        personId == null ? null : new PersonalIdentityNumber(personId),
        name,
        personId == null ? LocalDate.of(1970, 1, 1) : LocalDate.of(1981, 12, 18),
        role,
        personId == null ? null : YearMonth.of(1981, 12),
        LocalDate.of(2020, 1, 1),
        null);
  }
}
