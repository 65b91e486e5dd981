/**
 * The web console: officers, contract managers, auditors and operators in a browser, behind Spring
 * Security (local users from a file of bcrypt hashes, or OpenID Connect), every read of personal
 * data and every changed decision in the audit trail with the logged-in user. Served by {@code
 * serve} only.
 */
package se.vendorscreening.web;
