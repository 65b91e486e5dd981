/**
 * Matching parties to registry records, the exclusion rules with their legal basis, one decision
 * per party, officers' overrides, and the screening and re-check jobs.
 */
package se.vendorscreening.screening;
