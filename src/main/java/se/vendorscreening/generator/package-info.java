/**
 * Synthetic procurements for benchmarks and tests: writes a vendor list of any size with
 * representatives and subcontractors, the four registry extracts around it (SPEC sections 4 and
 * 5.1) and the flags it planted ({@code expected.csv}), from a seed, byte for byte reproducibly.
 * Persons come only from Skatteverket's test identity numbers. Depends on nothing but {@code
 * shared}.
 */
package se.vendorscreening.generator;
