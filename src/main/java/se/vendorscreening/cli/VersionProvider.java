package se.vendorscreening.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version recorded in the jar's manifest. */
class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"vendor-screening " + (version == null ? "(development)" : version)};
  }
}
