package se.vendorscreening.registry;

/** Debts in enforcement at Kronofogden (taxes, social security, other public, private). */
public interface TaxArrearsRegistry {

  /**
   * The subject's debts; an empty answer when the registry has none.
   *
   * @throws RegistryCheckFailedException when the registry could not answer
   */
  RegistryAnswer<TaxDebt> debtsOf(Subject subject);
}
