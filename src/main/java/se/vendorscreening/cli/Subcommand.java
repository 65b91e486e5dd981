package se.vendorscreening.cli;

/**
 * Marks a picocli {@code @Command} bean as a subcommand of {@code vendor-screening}; every such
 * bean is added to the command line, so a new command needs no registration elsewhere.
 */
public interface Subcommand {}
