/**
 * Synthetic procurements for benchmarks and tests: writes a vendor list of any size with
 * representatives and subcontractors, the four registry extracts around it (docs/input-formats.md
 * and docs/registries.md) and the flags it planted ({@code expected.csv}), from a seed, byte for
 * byte reproducibly. Persons come only from Skatteverket's test identity numbers. Depends on
 * nothing but {@code shared}.
 */
package se.vendorscreening.generator;
