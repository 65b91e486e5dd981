package se.vendorscreening.cli;

import picocli.CommandLine.Command;

/** The top-level command; it only groups the subcommands. */
@Command(
    name = "vendor-screening",
    resourceBundle = "messages.cli",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true)
class VendorScreeningCommand {}
