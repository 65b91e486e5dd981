/**
 * Runs the jobs defined in jobs/*.yml with Quartz on the JDBC job store, watches inbox folders and
 * notifies the responsible contact of changes found by the nightly re-check.
 */
package se.vendorscreening.scheduling;
