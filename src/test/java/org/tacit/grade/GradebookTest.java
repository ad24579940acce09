package org.tacit.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gradebook is replaced atomically: a batch failing midway leaves the previous one intact. */
class GradebookTest {

  @TempDir
  Path dir;

  @Test
  void failedBatchLeavesPreviousGradebookAndNoTemporaryFile() throws Exception {
    Path book = dir.resolve("grades.csv");
    Gradebook.write(book, List.of("student", "total"), List.of(List.of("old", "1")).iterator());
    String previous = Files.readString(book);
    assertEquals("student,total\nold,1\n", previous.replace(System.lineSeparator(), "\n"));
    Iterator<List<String>> failing = new Iterator<>() {
      private int produced;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public List<String> next() {
        if (produced++ == 2) {
          throw new IllegalStateException("interrupted midway");
        }
        return List.of("new" + produced, "5");
      }
    };
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> Gradebook.write(book, List.of("student", "total"), failing));
    assertEquals("interrupted midway", thrown.getMessage());
    assertEquals(previous, Files.readString(book));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(book), files.toList(), "the temporary file is removed");
    }
  }

  @Test
  void successfulBatchReplacesTheGradebook() throws Exception {
    Path book = dir.resolve("grades.csv");
    Files.writeString(book, "stale\n");
    Gradebook.write(book, List.of("student", "total"),
        List.of(List.of("a", Gradebook.points(11.5)), List.of("b", Gradebook.points(13)))
            .iterator());
    assertEquals(List.of("student,total", "a,11.5", "b,13"), Files.readAllLines(book));
  }
}
