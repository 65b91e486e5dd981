/**
 * The registry adapters. File extracts ({@code Csv*}: CSV or XLSX) are read once per {@link
 * se.vendorscreening.registry.RegistryConnections#open run}, streamed row by row, and indexed in
 * sorted primitive arrays: {@code (identity number << 23 | row)} longs for numbered records and
 * blocking-key postings for number-less ones ({@link
 * se.vendorscreening.registry.internal.CandidateIndex}); a million conviction records take about
 * 185 MB of heap with the records. Bad rows are kept as {@link
 * se.vendorscreening.registry.RejectedRegistryRow}s; a file that cannot be read fails the run; a
 * file missing from an existing registries folder fails that check for every party (INCOMPLETE,
 * never CLEAR). The HTTP adapters ({@code Http*}) share one {@link
 * se.vendorscreening.registry.internal.RegistryHttpClient} with a bound on requests in flight,
 * Spring's {@code ExponentialBackOff} (its waits are tasks on the registry timer, so tests drive
 * them), and raw answers kept in {@code registry_evidence}.
 */
package se.vendorscreening.registry.internal;
