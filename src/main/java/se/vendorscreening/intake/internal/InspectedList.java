package se.vendorscreening.intake.internal;

/**
 * A list that has been read through once and found readable.
 *
 * @param location where it is
 * @param sha256 hex SHA-256 of the file
 * @param rows data rows, the header not counted
 */
record InspectedList(ListLocation location, String sha256, long rows) {}
