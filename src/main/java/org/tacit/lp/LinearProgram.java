package org.tacit.lp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * A linear program with exact coefficients:
 * <pre>
 *   minimize (or maximize)  c^T x + c0
 *   subject to              rowLower_i <= a_i^T x <= rowUpper_i   for every row i
 *                           lower_j    <= x_j     <= upper_j      for every column j
 * </pre>
 * where every bound may be infinite (null). Row senses {@code <=}, {@code >=}, {@code =} and MPS
 * ranges are all this one form (see {@link RowSense}). Rows and columns keep their names.
 *
 * <p>Immutable; build one with {@link #builder()}. Names are unique within rows and within
 * columns. Row {@code i} is {@link #row(int)}; the matrix is stored by rows, sparsely.
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public final class LinearProgram {

  private final String name;
  private final ObjectiveSense sense;
  private final BigRational objectiveConstant;
  private final List<Column> columns;
  private final List<Row> rows;

  private LinearProgram(String name, ObjectiveSense sense, BigRational objectiveConstant,
      List<Column> columns, List<Row> rows) {
    this.name = name;
    this.sense = sense;
    this.objectiveConstant = objectiveConstant;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** A new builder of a minimization named {@code "lp"} with no rows and columns. */
  public static Builder builder() {
    return new Builder();
  }

  /** The program's name (MPS NAME). */
  public String name() {
    return name;
  }

  /** Minimize or maximize. */
  public ObjectiveSense sense() {
    return sense;
  }

  /** The objective constant {@code c0} (MPS: minus the RHS of the objective row). */
  public BigRational objectiveConstant() {
    return objectiveConstant;
  }

  /** Number of variables. */
  public int numColumns() {
    return columns.size();
  }

  /** Number of constraint rows (the objective is not a row). */
  public int numRows() {
    return rows.size();
  }

  /** Column {@code j}. */
  public Column column(int j) {
    return columns.get(j);
  }

  /** Row {@code i}. */
  public Row row(int i) {
    return rows.get(i);
  }

  /** All columns, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** All rows, in order. */
  public List<Row> rows() {
    return rows;
  }

  /** The objective value {@code c^T x + c0} at {@code x}, exactly. */
  public BigRational objectiveValue(BigRational[] x) {
    BigRational sum = objectiveConstant;
    for (int j = 0; j < columns.size(); j++) {
      sum = sum.add(columns.get(j).cost().multiply(x[j]));
    }
    return sum;
  }

  /** Number of stored non-zeros of the constraint matrix. */
  public int nonZeros() {
    int count = 0;
    for (Row row : rows) {
      count += row.size();
    }
    return count;
  }

  @Override
  public String toString() {
    return name + " (" + sense + ", " + rows.size() + " rows, " + columns.size() + " columns, "
        + nonZeros() + " non-zeros)";
  }

  /**
   * Builds a {@link LinearProgram}: add columns first (each with its cost and bounds), then rows
   * referring to them by index or name. Defaults: minimize, {@code c0 = 0}, bounds
   * {@code 0 <= x < inf}. Not thread-safe.
   */
  public static final class Builder {

    private String name = "lp";
    private ObjectiveSense sense = ObjectiveSense.MINIMIZE;
    private BigRational objectiveConstant = BigRational.ZERO;
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> rowIndex = new HashMap<>();

    private Builder() {}

    /** Sets the program's name. */
    public Builder name(String newName) {
      this.name = newName;
      return this;
    }

    /** Sets minimize or maximize. */
    public Builder sense(ObjectiveSense newSense) {
      this.sense = newSense;
      return this;
    }

    /** Sets the objective constant {@code c0}. */
    public Builder objectiveConstant(BigRational constant) {
      this.objectiveConstant = constant;
      return this;
    }

    /**
     * Adds a column with cost {@code cost} and bounds {@code [lower, upper]} (null: infinite) and
     * returns its index. Throws {@link IllegalArgumentException} on a duplicate name or on
     * {@code lower > upper} (such a program is trivially infeasible; say so in the input instead).
     */
    public int addColumn(String columnName, BigRational cost, @Nullable BigRational lower,
        @Nullable BigRational upper) {
      if (columnIndex.containsKey(columnName)) {
        throw new IllegalArgumentException("duplicate column name " + columnName);
      }
      if (lower != null && upper != null && lower.compareTo(upper) > 0) {
        throw new IllegalArgumentException("column " + columnName + ": lower bound " + lower
            + " > upper bound " + upper);
      }
      columns.add(new Column(columnName, cost, lower, upper));
      columnIndex.put(columnName, columns.size() - 1);
      return columns.size() - 1;
    }

    /** Adds a column with the default bounds {@code 0 <= x}. */
    public int addColumn(String columnName, BigRational cost) {
      return addColumn(columnName, cost, BigRational.ZERO, null);
    }

    /** Number of columns added so far. */
    public int numColumns() {
      return columns.size();
    }

    /** The index of the column named {@code columnName}, or -1. */
    public int columnIndex(String columnName) {
      Integer index = columnIndex.get(columnName);
      return index == null ? -1 : index;
    }

    /**
     * Adds the row {@code lower <= sum coefficients[j] x_j <= upper} (null: infinite), the
     * coefficients keyed by column index; zero coefficients are dropped. Returns the row's index.
     */
    public int addRowWithBounds(String rowName, Map<Integer, BigRational> coefficients,
        @Nullable BigRational lower, @Nullable BigRational upper) {
      if (rowIndex.containsKey(rowName)) {
        throw new IllegalArgumentException("duplicate row name " + rowName);
      }
      if (lower != null && upper != null && lower.compareTo(upper) > 0) {
        throw new IllegalArgumentException("row " + rowName + ": lower bound " + lower
            + " > upper bound " + upper);
      }
      TreeMap<Integer, BigRational> sorted = new TreeMap<>();
      for (Map.Entry<Integer, BigRational> entry : coefficients.entrySet()) {
        int j = entry.getKey();
        if (j < 0 || j >= columns.size()) {
          throw new IllegalArgumentException("row " + rowName + ": no column " + j);
        }
        if (!entry.getValue().isZero()) {
          sorted.put(j, entry.getValue());
        }
      }
      int[] indices = new int[sorted.size()];
      BigRational[] values = new BigRational[sorted.size()];
      int k = 0;
      for (Map.Entry<Integer, BigRational> entry : sorted.entrySet()) {
        indices[k] = entry.getKey();
        values[k] = entry.getValue();
        k++;
      }
      rows.add(new Row(rowName, indices, values, lower, upper));
      rowIndex.put(rowName, rows.size() - 1);
      return rows.size() - 1;
    }

    /** Adds a row {@code a^T x (sense) rhs} for sense {@code <=}, {@code >=} or {@code =}. */
    public int addRow(String rowName, Map<Integer, BigRational> coefficients, RowSense rowSense,
        BigRational rhs) {
      switch (rowSense) {
        case LESS_OR_EQUAL:
          return addRowWithBounds(rowName, coefficients, null, rhs);
        case GREATER_OR_EQUAL:
          return addRowWithBounds(rowName, coefficients, rhs, null);
        case EQUAL:
          return addRowWithBounds(rowName, coefficients, rhs, rhs);
        default:
          throw new IllegalArgumentException("row " + rowName + ": sense " + rowSense
              + " needs two bounds; use addRowWithBounds");
      }
    }

    /** Adds a dense row: {@code coefficients[j]} for every column {@code j} added so far. */
    public int addRow(String rowName, BigRational[] coefficients, RowSense rowSense,
        BigRational rhs) {
      if (coefficients.length != columns.size()) {
        throw new IllegalArgumentException("row " + rowName + ": " + coefficients.length
            + " coefficients for " + columns.size() + " columns");
      }
      Map<Integer, BigRational> map = new HashMap<>();
      for (int j = 0; j < coefficients.length; j++) {
        map.put(j, coefficients[j]);
      }
      return addRow(rowName, map, rowSense, rhs);
    }

    /** Builds the immutable program. */
    public LinearProgram build() {
      return new LinearProgram(name, sense, objectiveConstant, columns, rows);
    }
  }
}
