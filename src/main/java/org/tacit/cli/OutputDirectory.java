package org.tacit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tacit.io.UserInputException;

/**
 * The output directories of the commands ({@code --out}, {@code --report}): resolved against the
 * current directory, all the same way, and created and checked for writing before any
 * computation starts, so that a bad directory costs one line and exit 2 at once rather than a
 * failure after minutes of work.
 */
final class OutputDirectory {

  private OutputDirectory() {}

  /**
   * {@code dir} as an absolute path against the current directory, created if needed.
   *
   * @throws UserInputException (exit 2) naming {@code option} when it cannot be created or
   *     written
   */
  static Path prepare(Path dir, String option) {
    Path absolute = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute);
    } catch (IOException | SecurityException e) {
      throw new UserInputException(option + " " + dir + ": cannot create the directory ("
          + e.getClass().getSimpleName() + ")");
    }
    if (!Files.isDirectory(absolute) || !Files.isWritable(absolute)) {
      throw new UserInputException(option + " " + dir + ": not a writable directory");
    }
    return absolute;
  }
}
