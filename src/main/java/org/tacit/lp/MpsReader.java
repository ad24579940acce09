package org.tacit.lp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.io.UserInputException;

/**
 * Reads a {@link LinearProgram} from an MPS file (fixed or free format, see {@link MpsFormat}),
 * every number exactly (decimal text to {@link BigRational}: {@code 0.1} is 1/10).
 *
 * <p>Sections: {@code NAME} (trailing text ignored), optional {@code OBJSENSE} ({@code MIN} /
 * {@code MAX}, on the header line or the next), {@code ROWS} (types N, L, G, E), {@code COLUMNS},
 * {@code RHS}, {@code RANGES}, {@code BOUNDS}, {@code ENDATA}. Lines starting with {@code *} and
 * blank lines are comments. Conventions:
 * <ul>
 *   <li>the first N row is the objective; further N rows are free rows and are dropped;
 *   <li>an RHS entry on the objective row is minus the objective constant: {@code c0 = -value};
 *   <li>a range R turns an L row into {@code [rhs - |R|, rhs]}, a G row into
 *       {@code [rhs, rhs + |R|]}, an E row into {@code [rhs, rhs + R]} if {@code R >= 0} and
 *       {@code [rhs + R, rhs]} otherwise;
 *   <li>default bounds {@code 0 <= x < inf}; bound types UP, LO, FX, FR, MI (lower -inf), PL
 *       (upper +inf); an UP bound with a negative value on a column without a LO bound also sets
 *       the lower bound to -inf (the usual convention of CPLEX, HiGHS and others; reported in
 *       {@link Result#warnings()});
 *   <li>integer markers and the integer bound types BV, LI, UI, SC are rejected: Tacit has no
 *       integer programs;
 *   <li>only one RHS, RANGES and BOUNDS set name is accepted (a second one is an error).
 * </ul>
 * A malformed file throws {@link UserInputException} with message {@code file:line: problem}.
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public final class MpsReader {

  /**
   * A program read from MPS, with the reader's warnings (conventions it applied).
   *
   * @param program the program
   * @param warnings one line per applied convention worth knowing, {@code file:line: text}
   */
  public record Result(LinearProgram program, List<String> warnings) {
    /** Compact canonical constructor: copies the list. */
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  private MpsReader() {}

  /** Reads {@code path} in free format (which also reads the usual fixed-format files). */
  public static LinearProgram read(Path path) {
    return read(path, MpsFormat.FREE).program();
  }

  /** Reads {@code path} in {@code format}. */
  public static Result read(Path path, MpsFormat format) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserInputException(path + ": no such file");
    } catch (IOException e) {
      throw new UserInputException(path + ": cannot read: " + e.getMessage());
    }
    return parse(text, path.toString(), format);
  }

  /** Parses MPS {@code text}; {@code fileName} is used in error messages. */
  public static Result parse(String text, String fileName, MpsFormat format) {
    return new Parser(fileName, format).parse(text);
  }

  private static final class RowData {
    final String name;
    final char type;
    final int line;
    BigRational rhs = BigRational.ZERO;
    @Nullable BigRational range;
    final Map<Integer, BigRational> coefficients = new LinkedHashMap<>();

    RowData(String name, char type, int line) {
      this.name = name;
      this.type = type;
      this.line = line;
    }
  }

  private static final class ColumnData {
    final String name;
    BigRational cost = BigRational.ZERO;
    @Nullable BigRational lower = BigRational.ZERO;
    @Nullable BigRational upper;
    boolean lowerSet;

    ColumnData(String name) {
      this.name = name;
    }
  }

  private static final class Parser {
    private final String file;
    private final MpsFormat format;
    private int line;
    private String section = "";
    private String name = "";
    private ObjectiveSense sense = ObjectiveSense.MINIMIZE;
    private @Nullable String objectiveRow;
    private BigRational objectiveConstant = BigRational.ZERO;
    private final Map<String, RowData> rows = new LinkedHashMap<>();
    private final java.util.Set<String> freeRows = new java.util.HashSet<>();
    private final List<ColumnData> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private @Nullable String rhsSet;
    private @Nullable String rangeSet;
    private @Nullable String boundSet;
    private boolean ended;
    private final List<String> warnings = new ArrayList<>();

    Parser(String file, MpsFormat format) {
      this.file = file;
      this.format = format;
    }

    private UserInputException error(String problem) {
      return new UserInputException(file + ":" + line + ": " + problem);
    }

    Result parse(String text) {
      String[] lines = text.split("\r?\n", -1);
      for (int k = 0; k < lines.length && !ended; k++) {
        line = k + 1;
        String raw = lines[k];
        if (raw.isBlank() || raw.startsWith("*")) {
          continue;
        }
        if (!Character.isWhitespace(raw.charAt(0))) {
          header(raw.trim().split("\\s+"));
        } else {
          data(raw);
        }
      }
      if (!ended) {
        line = lines.length > 1 && lines[lines.length - 1].isEmpty()
            ? lines.length - 1 : lines.length;
        throw error("missing ENDATA");
      }
      return new Result(build(), warnings);
    }

    private void header(String[] tokens) {
      String keyword = tokens[0].toUpperCase(Locale.ROOT);
      switch (keyword) {
        case "NAME":
          name = tokens.length > 1 ? tokens[1] : "";
          break;
        case "OBJSENSE":
          if (tokens.length > 1) {
            objectiveSense(tokens[1]);
          }
          break;
        case "ROWS":
        case "COLUMNS":
        case "RHS":
        case "RANGES":
        case "BOUNDS":
          break;
        case "ENDATA":
          ended = true;
          break;
        default:
          throw error("unknown section " + tokens[0]);
      }
      section = keyword;
    }

    private void objectiveSense(String token) {
      String word = token.toUpperCase(Locale.ROOT);
      if (word.equals("MAX") || word.equals("MAXIMIZE")) {
        sense = ObjectiveSense.MAXIMIZE;
      } else if (word.equals("MIN") || word.equals("MINIMIZE")) {
        sense = ObjectiveSense.MINIMIZE;
      } else {
        throw error("OBJSENSE must be MIN or MAX, found " + token);
      }
    }

    private String[] fields(String raw) {
      if (format == MpsFormat.FREE) {
        return raw.trim().split("\\s+");
      }
      int[][] spans = {{1, 3}, {4, 12}, {14, 22}, {24, 36}, {39, 47}, {49, 61}};
      List<String> out = new ArrayList<>();
      for (int[] span : spans) {
        if (raw.length() <= span[0]) {
          break;
        }
        out.add(raw.substring(span[0], Math.min(span[1], raw.length())).trim());
      }
      while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
        out.remove(out.size() - 1);
      }
      return out.toArray(new String[0]);
    }

    private void data(String raw) {
      String[] f = fields(raw);
      switch (section) {
        case "ROWS":
          rowLine(f);
          break;
        case "COLUMNS":
          columnLine(f);
          break;
        case "RHS":
        case "RANGES":
          valueLine(f, section.equals("RHS"));
          break;
        case "BOUNDS":
          boundLine(f);
          break;
        case "OBJSENSE":
          objectiveSense(f.length > 0 ? f[f.length - 1] : "");
          break;
        default:
          throw error("data line outside a section (expected ROWS, COLUMNS, RHS, RANGES or BOUNDS)");
      }
    }

    private void rowLine(String[] f) {
      String[] t = format == MpsFormat.FIXED ? new String[] {f[0], f.length > 1 ? f[1] : ""} : f;
      if (t.length != 2 || t[1].isEmpty()) {
        throw error("ROWS line needs a type and a name");
      }
      String type = t[0].toUpperCase(Locale.ROOT);
      String rowName = t[1];
      if (rows.containsKey(rowName) || freeRows.contains(rowName)
          || rowName.equals(objectiveRow)) {
        throw error("duplicate row " + rowName);
      }
      switch (type) {
        case "N":
          if (objectiveRow == null) {
            objectiveRow = rowName;
          } else {
            freeRows.add(rowName);
          }
          break;
        case "E":
        case "L":
        case "G":
          rows.put(rowName, new RowData(rowName, type.charAt(0), line));
          break;
        default:
          throw error("unknown row type " + t[0] + " (expected N, E, L or G)");
      }
    }

    private BigRational number(String text) {
      try {
        return BigRational.parse(text);
      } catch (NumberFormatException e) {
        throw error("not a number: " + text);
      }
    }

    private void columnLine(String[] f) {
      for (String field : f) {
        if (field.replace("'", "").equalsIgnoreCase("MARKER")) {
          throw error("integer MARKER lines are not supported: Tacit solves continuous LPs only");
        }
      }
      String[] t = f;
      if (format == MpsFormat.FIXED) {
        t = java.util.Arrays.copyOfRange(f, 1, f.length);
      }
      if (t.length != 3 && t.length != 5) {
        throw error("COLUMNS line needs a column name and one or two (row, value) pairs, found "
            + t.length + " fields");
      }
      String columnName = t[0];
      Integer index = columnIndex.get(columnName);
      if (index == null) {
        index = columns.size();
        columns.add(new ColumnData(columnName));
        columnIndex.put(columnName, index);
      }
      for (int k = 1; k + 1 < t.length; k += 2) {
        String rowName = t[k];
        BigRational value = number(t[k + 1]);
        if (rowName.equals(objectiveRow)) {
          columns.get(index).cost = columns.get(index).cost.add(value);
        } else if (freeRows.contains(rowName)) {
          continue;
        } else {
          RowData row = rows.get(rowName);
          if (row == null) {
            throw error("unknown row " + rowName + " in column " + columnName);
          }
          if (row.coefficients.containsKey(index)) {
            throw error("duplicate entry for row " + rowName + " in column " + columnName);
          }
          row.coefficients.put(index, value);
        }
      }
    }

    private void valueLine(String[] f, boolean rhs) {
      String set;
      String[] pairs;
      if (format == MpsFormat.FIXED) {
        set = f.length > 1 ? f[1] : "";
        pairs = java.util.Arrays.copyOfRange(f, Math.min(2, f.length), f.length);
      } else if (f.length % 2 == 1) {
        set = f[0];
        pairs = java.util.Arrays.copyOfRange(f, 1, f.length);
      } else {
        set = "";
        pairs = f;
      }
      String what = rhs ? "RHS" : "RANGES";
      if (pairs.length != 2 && pairs.length != 4) {
        throw error(what + " line needs one or two (row, value) pairs");
      }
      String known = rhs ? rhsSet : rangeSet;
      if (known == null) {
        if (rhs) {
          rhsSet = set;
        } else {
          rangeSet = set;
        }
      } else if (!known.equals(set)) {
        throw error("a second " + what + " set " + set + " (only one is supported; first was "
            + known + ")");
      }
      for (int k = 0; k + 1 < pairs.length; k += 2) {
        String rowName = pairs[k];
        BigRational value = number(pairs[k + 1]);
        if (rowName.equals(objectiveRow)) {
          if (!rhs) {
            throw error("RANGES on the objective row " + rowName);
          }
          objectiveConstant = value.negate();
          continue;
        }
        if (freeRows.contains(rowName)) {
          if (!rhs) {
            throw error("RANGES on the free row " + rowName);
          }
          continue;
        }
        RowData row = rows.get(rowName);
        if (row == null) {
          throw error("unknown row " + rowName + " in " + what);
        }
        if (rhs) {
          row.rhs = value;
        } else {
          row.range = value;
        }
      }
    }

    private void boundLine(String[] f) {
      if (f.length == 0) {
        throw error("empty BOUNDS line");
      }
      String type = f[0].toUpperCase(Locale.ROOT);
      boolean valued;
      switch (type) {
        case "UP":
        case "LO":
        case "FX":
          valued = true;
          break;
        case "FR":
        case "MI":
        case "PL":
          valued = false;
          break;
        case "BV":
        case "LI":
        case "UI":
        case "SC":
          throw error("bound type " + type + " declares an integer or semi-continuous variable;"
              + " Tacit solves continuous LPs only");
        default:
          throw error("unknown bound type " + f[0] + " (expected UP, LO, FX, FR, MI or PL)");
      }
      String set;
      String columnName;
      @Nullable String valueText = null;
      if (format == MpsFormat.FIXED) {
        set = f.length > 1 ? f[1] : "";
        columnName = f.length > 2 ? f[2] : "";
        valueText = f.length > 3 ? f[3] : null;
      } else if (valued) {
        if (f.length == 4) {
          set = f[1];
          columnName = f[2];
          valueText = f[3];
        } else if (f.length == 3) {
          set = "";
          columnName = f[1];
          valueText = f[2];
        } else {
          throw error("BOUNDS " + type + " line needs [set] column value");
        }
      } else if (f.length == 3 || f.length == 4) {
        set = f[1];
        columnName = f[2];
      } else if (f.length == 2) {
        set = "";
        columnName = f[1];
      } else {
        throw error("BOUNDS " + type + " line needs [set] column");
      }
      if (boundSet == null) {
        boundSet = set;
      } else if (!boundSet.equals(set)) {
        throw error("a second BOUNDS set " + set + " (only one is supported; first was "
            + boundSet + ")");
      }
      Integer index = columnIndex.get(columnName);
      if (index == null) {
        throw error("unknown column " + columnName + " in BOUNDS");
      }
      ColumnData column = columns.get(index);
      if (valued && valueText == null) {
        throw error("BOUNDS " + type + " needs a value");
      }
      BigRational value = valueText == null ? BigRational.ZERO : number(valueText);
      switch (type) {
        case "UP":
          column.upper = value;
          if (value.signum() < 0 && !column.lowerSet) {
            column.lower = null;
            warnings.add(file + ":" + line + ": negative UP bound on " + columnName
                + " without LO bound: lower bound set to -inf (usual MPS convention)");
          }
          break;
        case "LO":
          column.lower = value;
          column.lowerSet = true;
          break;
        case "FX":
          column.lower = value;
          column.upper = value;
          column.lowerSet = true;
          break;
        case "FR":
          column.lower = null;
          column.upper = null;
          column.lowerSet = true;
          break;
        case "MI":
          column.lower = null;
          column.lowerSet = true;
          break;
        default:
          column.upper = null;
          break;
      }
    }

    private LinearProgram build() {
      LinearProgram.Builder builder = LinearProgram.builder().name(name).sense(sense)
          .objectiveConstant(objectiveConstant);
      for (ColumnData column : columns) {
        BigRational lower = column.lower;
        BigRational upper = column.upper;
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
          throw new UserInputException(file + ": column " + column.name + ": lower bound "
              + lower + " > upper bound " + upper);
        }
        builder.addColumn(column.name, column.cost, lower, upper);
      }
      for (RowData row : rows.values()) {
        BigRational rhs = row.rhs;
        BigRational range = row.range;
        BigRational lower;
        BigRational upper;
        if (row.type == 'E') {
          lower = range != null && range.signum() < 0 ? rhs.add(range) : rhs;
          upper = range != null && range.signum() > 0 ? rhs.add(range) : rhs;
        } else if (row.type == 'L') {
          lower = range == null ? null : rhs.subtract(range.abs());
          upper = rhs;
        } else {
          lower = rhs;
          upper = range == null ? null : rhs.add(range.abs());
        }
        builder.addRowWithBounds(row.name, row.coefficients, lower, upper);
      }
      return builder.build();
    }
  }
}
