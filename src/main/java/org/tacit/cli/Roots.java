package org.tacit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.tacit.io.UserInputException;

/**
 * Locates the repository root (where {@code spec/} lives): the system property {@code tacit.root}
 * (set by the {@code ./tacit} script), else the working directory.
 */
final class Roots {

  private Roots() {}

  static Path repositoryRoot() {
    Path root = Paths.get(System.getProperty("tacit.root", "."));
    if (!Files.isDirectory(root.resolve("spec"))) {
      throw new UserInputException(root.toAbsolutePath().normalize()
          + ": no spec/ directory here; run from the Tacit checkout or use ./tacit");
    }
    return root;
  }
}
