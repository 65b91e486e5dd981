package se.vendorscreening.screening.internal.stores;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;

/** A party's contracts written without Jackson are the JSON Jackson writes for them. */
class JsonContractsTests {

  private static final String[] IDS = {
    "AVT-2026-000001",
    "A",
    "avtal 7/2026",
    "Avtal \"7\"",
    "C:\\avtal",
    "Åtagande-1",
    "tab\there",
    "line\nbreak",
    "\u0001",
    "~",
    " ",
    "AVT-2026-\u20ac"
  };

  private static final BigDecimal[] AMOUNTS = {
    null,
    new BigDecimal("5040000"),
    new BigDecimal("5040000.00"),
    new BigDecimal("0.5"),
    new BigDecimal("1E+3"),
    new BigDecimal("-12.345"),
    BigDecimal.ZERO,
    new BigDecimal("123456789012345678.99")
  };

  @Test
  void twoThousandRandomListsAreWrittenAsJacksonWritesThem() {
    Random random = new Random(18);
    for (int round = 0; round < 2_000; round++) {
      List<Contract> contracts = new ArrayList<>();
      int count = random.nextInt(4);
      for (int i = 0; i < count; i++) {
        contracts.add(
            new Contract(
                IDS[random.nextInt(IDS.length)],
                ContractStatus.values()[random.nextInt(ContractStatus.values().length)],
                random.nextInt(4) == 0
                    ? null
                    : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000)),
                random.nextInt(3) == 0
                    ? null
                    : LocalDate.of(2020, 2, 29).plusDays(random.nextInt(5_000)),
                AMOUNTS[random.nextInt(AMOUNTS.length)]));
      }
      String jackson = contracts.isEmpty() ? "[]" : Json.write(new ArrayList<>(contracts));
      assertThat(Json.writeContracts(contracts)).as(contracts.toString()).isEqualTo(jackson);
      assertThat(Json.readList(Json.writeContracts(contracts), Contract.class))
          .isEqualTo(contracts);
    }
  }

  @Test
  void aPlainContractIsTheseExactCharacters() {
    assertThat(
            Json.writeContracts(
                List.of(
                    new Contract(
                        "AVT-2026-000001",
                        ContractStatus.ACTIVE,
                        LocalDate.of(2025, 7, 16),
                        null,
                        new BigDecimal("5040000")))))
        .isEqualTo(
            "[{\"contractId\":\"AVT-2026-000001\",\"status\":\"ACTIVE\",\"start\":\"2025-07-16\","
                + "\"end\":null,\"annualValueSek\":5040000}]");
    assertThat(Json.write(List.of())).isEqualTo("[]");
    assertThat(Json.write(java.util.Set.of())).isEqualTo("[]");
  }
}
