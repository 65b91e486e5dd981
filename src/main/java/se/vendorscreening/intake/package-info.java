/**
 * Vendor lists in: reads a procurement's CSV or XLSX export, validates every row, rejects bad rows
 * with a reason and keeps the contract register (procurements, parties, representatives,
 * contracts).
 */
package se.vendorscreening.intake;
