package org.tacit.grade;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a gradebook CSV atomically: the rows go to a temporary file in the target's directory,
 * which is then moved onto the target with {@link StandardCopyOption#ATOMIC_MOVE}. If producing a
 * row fails midway, the temporary file is deleted and the previous gradebook is left intact.
 * Columns: {@code student,file,<question ids...>,total}; points as written by {@link #points};
 * student ids are plain ids (no CSV quoting needed), file names are quoted.
 */
public final class Gradebook {

  private Gradebook() {}

  /** The header row for {@code assignment}. */
  public static List<String> header(Assignment assignment) {
    List<String> header = new ArrayList<>(List.of("student", "file"));
    assignment.questions().forEach(q -> header.add(q.id()));
    header.add("total");
    return header;
  }

  /** The CSV row of one graded submission. */
  public static List<String> row(StudentGrade grade) {
    List<String> row = new ArrayList<>(List.of(grade.student(), quote(grade.file())));
    grade.scores().forEach(s -> row.add(points(s.awarded())));
    row.add(points(grade.total()));
    return row;
  }

  /**
   * Writes {@code header} and the rows (produced lazily, e.g. grading as it goes) to
   * {@code target} atomically.
   *
   * @throws UncheckedIOException if writing fails; any exception from {@code rows} propagates,
   *     in both cases after deleting the temporary file and leaving {@code target} untouched
   */
  public static void write(Path target, List<String> header, Iterator<List<String>> rows) {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    Path directory = parent == null ? Path.of("").toAbsolutePath() : parent;
    Path temporary;
    try {
      temporary = Files.createTempFile(directory, "." + String.valueOf(absolute.getFileName()),
          ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file next to " + target, e);
    }
    boolean moved = false;
    try {
      try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        out.write(String.join(",", header));
        out.newLine();
        while (rows.hasNext()) {
          out.write(String.join(",", rows.next()));
          out.newLine();
        }
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the temporary file stays; the gradebook itself is untouched either way
        }
      }
    }
  }

  /** Points as written: an integer when integral, else the shortest decimal. */
  public static String points(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%d", (long) value)
        : String.valueOf(value);
  }

  private static String quote(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
