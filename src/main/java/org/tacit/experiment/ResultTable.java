package org.tacit.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.io.UserInputException;

/**
 * A sweep's results as CSV: a comment line {@code # tacit reproduce NAME scale=S points=P}, a
 * header {@code point,col1,...}, and one row per point, sorted by point index. Cells never contain
 * commas (numbers and short words).
 *
 * <p>{@link #merge} combines shards of one sweep and refuses incomplete or inconsistent sets:
 * different experiments, scales or headers, a point given twice, or a missing point.
 *
 * @param experiment the experiment name
 * @param scale the scale
 * @param points the number of points of the full sweep
 * @param header the column names, starting with {@code point}
 * @param rows the rows present, by point index
 */
public record ResultTable(String experiment, ExperimentScale scale, int points, List<String> header,
    Map<Integer, List<String>> rows) {

  /** Compact canonical constructor: copies, sorts rows by index. */
  public ResultTable {
    header = List.copyOf(header);
    rows = new TreeMap<>(rows);
  }

  /** Whether every point of the sweep has a row. */
  public boolean complete() {
    return rows.size() == points;
  }

  /** The values of a numeric column, in point order. */
  public double[] column(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + name);
    }
    return rows.values().stream().mapToDouble(row -> Double.parseDouble(row.get(index))).toArray();
  }

  /** The CSV text. */
  public String toCsv() {
    StringBuilder csv = new StringBuilder("# tacit reproduce " + experiment + " scale="
        + scale.name().toLowerCase(Locale.ROOT) + " points=" + points + "\n");
    csv.append(String.join(",", header)).append('\n');
    for (List<String> row : rows.values()) {
      csv.append(String.join(",", row)).append('\n');
    }
    return csv.toString();
  }

  /** Writes the CSV to {@code file}. */
  public void write(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, toCsv(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a CSV written by {@link #write}; problems are {@link UserInputException}s. */
  public static ResultTable read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot read: " + e.getMessage());
    }
    if (lines.size() < 2 || !lines.get(0).startsWith("# tacit reproduce ")) {
      throw new UserInputException(file + ":1: not a tacit result table (missing '# tacit reproduce' line)");
    }
    String[] meta = lines.get(0).substring("# tacit reproduce ".length()).trim().split("\\s+");
    if (meta.length != 3 || !meta[1].startsWith("scale=") || !meta[2].startsWith("points=")) {
      throw new UserInputException(file + ":1: malformed header line");
    }
    ExperimentScale scale;
    int points;
    try {
      scale = ExperimentScale.parse(meta[1].substring(6));
      points = Integer.parseInt(meta[2].substring(7));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ":1: " + e.getMessage());
    }
    List<String> header = List.of(lines.get(1).split(",", -1));
    Map<Integer, List<String>> rows = new TreeMap<>();
    for (int i = 2; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> cells = List.of(lines.get(i).split(",", -1));
      if (cells.size() != header.size()) {
        throw new UserInputException(file + ":" + (i + 1) + ": expected " + header.size()
            + " cells, found " + cells.size());
      }
      int index;
      try {
        index = Integer.parseInt(cells.get(0));
      } catch (NumberFormatException e) {
        throw new UserInputException(file + ":" + (i + 1) + ": point index '" + cells.get(0) + "' is not an integer");
      }
      if (index < 0 || index >= points || rows.put(index, cells) != null) {
        throw new UserInputException(file + ":" + (i + 1) + ": point " + index
            + (index < 0 || index >= points ? " outside 0.." + (points - 1) : " given twice"));
      }
    }
    return new ResultTable(meta[0], scale, points, header, rows);
  }

  /** Merges shards of one sweep; the result must be complete. */
  public static ResultTable merge(List<ResultTable> shards) {
    if (shards.isEmpty()) {
      throw new UserInputException("nothing to merge");
    }
    ResultTable first = shards.get(0);
    Map<Integer, List<String>> rows = new TreeMap<>();
    for (ResultTable shard : shards) {
      if (!shard.experiment.equals(first.experiment) || shard.scale != first.scale
          || shard.points != first.points || !shard.header.equals(first.header)) {
        throw new UserInputException("shards of different sweeps: " + first.experiment + "/"
            + first.scale + " vs " + shard.experiment + "/" + shard.scale);
      }
      for (Map.Entry<Integer, List<String>> row : shard.rows.entrySet()) {
        if (rows.put(row.getKey(), row.getValue()) != null) {
          throw new UserInputException("point " + row.getKey() + " appears in two shards");
        }
      }
    }
    ResultTable merged = new ResultTable(first.experiment, first.scale, first.points,
        first.header, rows);
    if (!merged.complete()) {
      List<Integer> missing = new ArrayList<>();
      for (int i = 0; i < first.points && missing.size() < 10; i++) {
        if (!rows.containsKey(i)) {
          missing.add(i);
        }
      }
      throw new UserInputException("incomplete sweep: " + (first.points - rows.size())
          + " points missing, e.g. " + missing);
    }
    return merged;
  }
}
