package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.registry.TaxDebt;

/**
 * Debts are summed per subject: the debts matched strongly (by number, or name and birth date) are
 * one subject's, and those matched by name alone are kept apart so they can only give REVIEW.
 */
final class DebtGroups {

  private DebtGroups() {}

  /** The strongly matched debts, then the weakly matched ones; empty groups left out. */
  static List<List<Matched<TaxDebt>>> of(List<Matched<TaxDebt>> debts) {
    List<List<Matched<TaxDebt>>> groups = new ArrayList<>();
    List<Matched<TaxDebt>> strong = debts.stream().filter(d -> !d.match().isWeak()).toList();
    List<Matched<TaxDebt>> weak = debts.stream().filter(d -> d.match().isWeak()).toList();
    if (!strong.isEmpty()) {
      groups.add(strong);
    }
    if (!weak.isEmpty()) {
      groups.add(weak);
    }
    return groups;
  }

  static boolean isTax(TaxDebt debt) {
    return debt.debtType() == DebtType.TAX || debt.debtType() == DebtType.SOCIAL_SECURITY;
  }

  static List<Matched<TaxDebt>> select(List<Matched<TaxDebt>> group, Predicate<TaxDebt> condition) {
    return group.stream().filter(d -> condition.test(d.record())).toList();
  }

  static BigDecimal total(List<Matched<TaxDebt>> debts) {
    return debts.stream()
        .map(d -> d.record().amountSek())
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static LocalDate latest(List<Matched<TaxDebt>> debts) {
    return debts.stream()
        .map(d -> d.record().registeredDate())
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  /** The debts as one line each: type, amount, registered date, reference. */
  static String describe(List<Matched<TaxDebt>> debts) {
    return debts.stream()
        .map(Matched::record)
        .map(
            d ->
                d.debtType()
                    + " "
                    + plain(d.amountSek())
                    + " SEK "
                    + d.registeredDate()
                    + (d.reference() == null ? "" : " " + d.reference()))
        .collect(Collectors.joining("; "));
  }

  static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }

  /** A finding about a group of debts: subject, match, amounts and references. */
  static FindingBuilder describe(
      FindingBuilder finding, List<Matched<TaxDebt>> debts, RuleContext context) {
    Matched<TaxDebt> first = debts.get(0);
    var id = first.record().subjectId();
    return finding
        .about(first, first.record().subjectName(), id == null ? null : id.masked())
        .evidence("debts", describe(debts))
        .evidence("total_amount_sek", plain(total(debts)))
        .evidence(
            "references",
            debts.stream()
                .map(d -> d.record().reference())
                .filter(Objects::nonNull)
                .collect(Collectors.joining("|")))
        .groundDate(latest(debts));
  }
}
