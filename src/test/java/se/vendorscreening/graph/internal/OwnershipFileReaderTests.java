package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.graph.OwnershipFileException;
import se.vendorscreening.intake.OwnershipStake;

class OwnershipFileReaderTests {

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path file = dir.resolve("owners.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsSwedishHeadersWithSemicolonsAndDecimalCommas() throws IOException {
    List<OwnershipStake> stakes =
        OwnershipFileReader.read(
            file(
                "\uFEFFÄgare;Ägar_id;Ägt_organisationsnummer;Andel;Land;Datum\n"
                    + "Ivan Petrov;;555242-9028;30,5 %;ru;2026-01-15\n"
                    + ";554599-5457;555242-9028;40;SE;\n"));

    assertThat(stakes).hasSize(2);
    assertThat(stakes.get(0).ownerName()).isEqualTo("Ivan Petrov");
    assertThat(stakes.get(0).ownedKey()).isEqualTo("5552429028");
    assertThat(stakes.get(0).sharePercent()).isEqualByComparingTo(new BigDecimal("30.5"));
    assertThat(stakes.get(0).ownerCountry()).isEqualTo("RU");
    assertThat(stakes.get(0).date()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(stakes.get(1).ownerId()).isEqualTo("554599-5457");
    assertThat(stakes.get(1).line()).isEqualTo(3);
  }

  @Test
  void readsEnglishHeaders() throws IOException {
    List<OwnershipStake> stakes =
        OwnershipFileReader.read(
            file(
                "owner_id,owned_org_no,share_percent,owner_country\nRU-1027700132195,5552429028,60,RU\n"));

    assertThat(stakes)
        .singleElement()
        .extracting(OwnershipStake::ownerId)
        .isEqualTo("RU-1027700132195");
  }

  @Test
  void rejectsAShareAboveAHundredNamingLineColumnAndValue() throws IOException {
    Path file =
        file(
            "owner,owned_org_no,share_percent,owner_country\nA,5552429028,20,SE\nB,5552429028,120,RU\n");

    assertThatThrownBy(() -> OwnershipFileReader.read(file))
        .isInstanceOf(OwnershipFileException.class)
        .hasMessage("owners.csv line 3, column share_percent, value '120': owners.badShare")
        .satisfies(
            e ->
                assertThat(((OwnershipFileException) e).arguments())
                    .containsExactly("owners.csv", 3L, "share_percent", "120"));
  }

  @Test
  void rejectsAFileWithoutTheCountryColumn() throws IOException {
    Path file = file("owner,owned_org_no,share_percent\nA,5552429028,20\n");

    assertThatThrownBy(() -> OwnershipFileReader.read(file))
        .isInstanceOf(OwnershipFileException.class)
        .hasMessage("owners.csv: column owner_country is missing");
  }
}
