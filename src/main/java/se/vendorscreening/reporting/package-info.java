/**
 * What users read: the run folder with the PDF and Excel flag reports, results.csv,
 * rejected-rows.csv and the manifest, quoting the contract termination clauses that apply.
 */
package se.vendorscreening.reporting;
