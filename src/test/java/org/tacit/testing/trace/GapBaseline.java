package org.tacit.testing.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked-in baseline of known traceability gaps, {@code spec/traceability-gaps.tsv}: one row
 * per (test class, test method, cited spec ID) whose test does not evaluate a check of that ID,
 * with a reason category and a free-text reason. Lines starting with {@code #} and blank lines are
 * comments. The list can only shrink: {@link TraceabilityGate} fails a row whose test now
 * evaluates the ID (stale row).
 *
 * <p>Columns (tab-separated): {@code class} (binary name, e.g. {@code org.tacit.a.BTest$Nested}),
 * {@code method} (the Java method name, or {@code <class>} for a class-level citation),
 * {@code id}, {@code category}, {@code reason}.
 */
public final class GapBaseline {

  /** The baseline's path relative to the repository root. */
  public static final String PATH = "spec/traceability-gaps.tsv";

  /** The method column of a class-level citation. */
  public static final String CLASS_LEVEL = "<class>";

  /** One baselined gap. */
  public record Row(String className, String method, String id, String category, String reason) {

    /** The row's key (class, method, ID). */
    public String key() {
      return GapBaseline.key(className, method, id);
    }
  }

  private final Map<String, Row> rows;

  private GapBaseline(Map<String, Row> rows) {
    this.rows = rows;
  }

  /** The key of (class, method, ID). */
  public static String key(String className, String method, String id) {
    return className + "#" + method + "#" + id;
  }

  /** An empty baseline (every gap fails). */
  public static GapBaseline empty() {
    return new GapBaseline(Map.of());
  }

  /** Parses baseline text; throws {@link IllegalArgumentException} on a malformed or repeated row. */
  public static GapBaseline parse(String text) {
    Map<String, Row> rows = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 5) {
        throw new IllegalArgumentException(PATH + " line " + lineNumber
            + ": expected 5 tab-separated columns (class, method, id, category, reason), got "
            + cells.length);
      }
      Row row = new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
          cells[4].strip());
      if (rows.put(row.key(), row) != null) {
        throw new IllegalArgumentException(PATH + " line " + lineNumber + ": repeated row "
            + row.key());
      }
    }
    return new GapBaseline(rows);
  }

  /** Reads the baseline under {@code root}; empty when the file does not exist. */
  public static GapBaseline read(Path root) {
    Path file = root.resolve(PATH);
    if (!Files.exists(file)) {
      return empty();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The row of (class, method, ID), if baselined. */
  public Optional<Row> find(String className, String method, String id) {
    return Optional.ofNullable(rows.get(key(className, method, id)));
  }

  /** All rows, in file order. */
  public List<Row> rows() {
    return new ArrayList<>(rows.values());
  }
}
