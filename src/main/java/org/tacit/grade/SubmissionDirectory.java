package org.tacit.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.tacit.io.UserInputException;

/**
 * The submission files of a batch: the regular {@code *.json} files directly in a directory, in
 * sorted file-name order (deterministic), at most {@link GradeTolerances#MAX_SUBMISSION_FILES}
 * (more is the instructor's error: {@link UserInputException}). Nothing is followed into
 * sub-directories.
 */
public final class SubmissionDirectory {

  private SubmissionDirectory() {}

  /** The submission files of {@code directory}, sorted by file name. */
  public static List<Path> list(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new UserInputException(directory + ": not a directory");
    }
    List<Path> files;
    try (Stream<Path> entries = Files.list(directory)) {
      files = entries.filter(p -> name(p).endsWith(".json"))
          .filter(Files::isRegularFile)
          .limit(GradeTolerances.MAX_SUBMISSION_FILES + 1L)
          .sorted((a, b) -> name(a).compareTo(name(b)))
          .toList();
    } catch (IOException e) {
      throw new UserInputException(directory + ": cannot list: " + e.getMessage());
    }
    if (files.size() > GradeTolerances.MAX_SUBMISSION_FILES) {
      throw new UserInputException(directory + ": more than "
          + GradeTolerances.MAX_SUBMISSION_FILES + " submission files");
    }
    return files;
  }

  private static String name(Path path) {
    return String.valueOf(path.getFileName());
  }
}
