package org.tacit.cli;

import picocli.CommandLine;

/**
 * The version printed by {@code tacit --version}: the jar's implementation version, or
 * {@code development} when run from classes.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    Package pkg = TacitMain.class.getPackage();
    String version = pkg == null ? null : pkg.getImplementationVersion();
    return new String[] {"tacit " + (version == null ? "development" : version)};
  }
}
