/**
 * The command line: one picocli subcommand per user task, exit statuses of the product contract (0
 * done, 2 done with rejected rows or incomplete checks, 1 failed, 64 bad command line).
 */
package se.vendorscreening.cli;
