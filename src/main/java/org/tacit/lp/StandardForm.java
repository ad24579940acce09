package org.tacit.lp;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * The standard form {@code minimize cs^T z subject to As z = bs, z >= 0, bs >= 0} of a
 * {@link LinearProgram}, with the maps back to the original model. Package-private: the solvers'
 * internal form; certificates are always translated back (see {@link LpResult}).
 *
 * <p>Construction, exactly:
 * <ul>
 *   <li>column {@code j} with finite lower bound: {@code x_j = l_j + z} (and if {@code u_j} is
 *       finite too, a bound row {@code z + w = u_j - l_j}); only an upper bound:
 *       {@code x_j = u_j - z}; free: {@code x_j = z+ - z-};
 *   <li>row {@code i}: {@code =} stays, {@code >=} gets a surplus {@code -s}, {@code <=} a slack
 *       {@code +s}, a range {@code [lo, hi]} becomes {@code a^T x - s = lo} with a range row
 *       {@code s + t = hi - lo}; free rows are dropped; a row with negative right side is
 *       negated so that {@code bs >= 0};
 *   <li>maximization minimizes {@code -c}.
 * </ul>
 * A row whose slack enters with coefficient +1 after the sign flip has that slack as its identity
 * column; the others get an artificial column in phase 1.
 */
final class StandardForm {

  /**
   * How one original row becomes a standard row: its slack column ({@code -1} for an equality)
   * and the slack's coefficient ({@code +1} slack, {@code -1} surplus; a range row's surplus is
   * {@code slack} and its range slack {@code slack + 1}).
   */
  private record RowPlan(int row, int slack, int slackCoefficient) {}

  private final LinearProgram program;
  private final List<BigRational[]> matrixRows = new ArrayList<>();
  private final List<BigRational> rightSide = new ArrayList<>();
  /** Per standard row: the original row it comes from, or -1 for a range or bound row. */
  private final List<Integer> originalRow = new ArrayList<>();
  /** Per standard row: +1, or -1 when the row was negated. */
  private final List<Integer> rowSign = new ArrayList<>();
  /** Per standard row: the column that is a unit vector e_row in it, or -1. */
  private final List<Integer> identityColumn = new ArrayList<>();
  private final List<BigRational> cost = new ArrayList<>();
  /** Per original column: index of its first standard column. */
  private final int[] firstColumn;
  /** Per original column: +1 or -1 ({@code x = offset + sign z}); free columns use two. */
  private final int[] columnSign;
  private final boolean[] free;
  private final BigRational[] offset;
  private int numColumns;

  StandardForm(LinearProgram program) {
    this.program = program;
    int n = program.numColumns();
    firstColumn = new int[n];
    columnSign = new int[n];
    free = new boolean[n];
    offset = new BigRational[n];
    BigRational sense = BigRational.of(program.sense().sign());
    List<Integer> boundColumns = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Column column = program.column(j);
      BigRational c = sense.multiply(column.cost());
      BigRational lower = column.lower();
      BigRational upper = column.upper();
      firstColumn[j] = numColumns;
      if (lower != null) {
        columnSign[j] = 1;
        offset[j] = lower;
        cost.add(c);
        numColumns++;
        if (upper != null) {
          boundColumns.add(j);
        }
      } else if (upper != null) {
        columnSign[j] = -1;
        offset[j] = upper;
        cost.add(c.negate());
        numColumns++;
      } else {
        columnSign[j] = 1;
        free[j] = true;
        offset[j] = BigRational.ZERO;
        cost.add(c);
        cost.add(c.negate());
        numColumns += 2;
      }
    }
    // Row construction needs the total column count, so slack columns are numbered in a first
    // pass and the dense rows filled in a second.
    List<RowPlan> plan = new ArrayList<>();
    int slacks = numColumns;
    for (int i = 0; i < program.numRows(); i++) {
      RowSense rowSense = program.row(i).sense();
      switch (rowSense) {
        case EQUAL:
          plan.add(new RowPlan(i, -1, 0));
          break;
        case GREATER_OR_EQUAL:
          plan.add(new RowPlan(i, slacks++, -1));
          break;
        case LESS_OR_EQUAL:
          plan.add(new RowPlan(i, slacks++, 1));
          break;
        case RANGE:
          plan.add(new RowPlan(i, slacks, -1));
          slacks += 2;
          break;
        default:
          break;
      }
    }
    int boundSlacks = slacks;
    slacks += boundColumns.size();
    int total = slacks;
    for (int k = numColumns; k < total; k++) {
      cost.add(BigRational.ZERO);
    }
    for (RowPlan step : plan) {
      Row row = program.row(step.row());
      BigRational[] dense = zeros(total);
      BigRational rhs = row.sense() == RowSense.LESS_OR_EQUAL
          ? nonNull(row.upper()) : nonNull(row.lower());
      for (int k = 0; k < row.size(); k++) {
        int j = row.column(k);
        BigRational a = row.value(k);
        rhs = rhs.subtract(a.multiply(offset[j]));
        dense[firstColumn[j]] = columnSign[j] > 0 ? a : a.negate();
        if (free[j]) {
          dense[firstColumn[j] + 1] = a.negate();
        }
      }
      if (step.slack() >= 0) {
        dense[step.slack()] = BigRational.of(step.slackCoefficient());
      }
      addRow(dense, rhs, step.row(), row.sense() == RowSense.RANGE ? -1 : step.slack());
      if (row.sense() == RowSense.RANGE) {
        BigRational[] range = zeros(total);
        range[step.slack()] = BigRational.ONE;
        range[step.slack() + 1] = BigRational.ONE;
        addRow(range, nonNull(row.upper()).subtract(nonNull(row.lower())), -1, step.slack() + 1);
      }
    }
    int next = boundSlacks;
    for (int j : boundColumns) {
      BigRational[] dense = zeros(total);
      dense[firstColumn[j]] = BigRational.ONE;
      dense[next] = BigRational.ONE;
      Column column = program.column(j);
      addRow(dense, nonNull(column.upper()).subtract(nonNull(column.lower())), -1, next);
      next++;
    }
    numColumns = total;
  }

  private void addRow(BigRational[] dense, BigRational rhs, int original, int slack) {
    int sign = 1;
    if (rhs.signum() < 0) {
      sign = -1;
      for (int k = 0; k < dense.length; k++) {
        dense[k] = dense[k].negate();
      }
      rhs = rhs.negate();
    }
    matrixRows.add(dense);
    rightSide.add(rhs);
    originalRow.add(original);
    rowSign.add(sign);
    boolean unit = slack >= 0 && dense[slack].equals(BigRational.ONE);
    identityColumn.add(unit ? slack : -1);
  }

  private static BigRational nonNull(@Nullable BigRational value) {
    if (value == null) {
      throw new IllegalStateException("bound expected to be finite");
    }
    return value;
  }

  private static BigRational[] zeros(int length) {
    return RationalField.INSTANCE.zeros(length);
  }

  /** The original program. */
  LinearProgram program() {
    return program;
  }

  /** Number of standard rows. */
  int numRows() {
    return matrixRows.size();
  }

  /** Number of standard columns (structural and slack; artificials are the solver's). */
  int numColumns() {
    return numColumns;
  }

  /** Entry {@code (i, j)} of {@code As}. */
  BigRational entry(int i, int j) {
    return matrixRows.get(i)[j];
  }

  /** {@code bs_i >= 0}. */
  BigRational rightSide(int i) {
    return rightSide.get(i);
  }

  /** {@code cs_j} (of the minimization). */
  BigRational cost(int j) {
    return cost.get(j);
  }

  /** The unit column of row {@code i}, or -1 if the row needs an artificial. */
  int identityColumn(int i) {
    return identityColumn.get(i);
  }

  /** The original point {@code x} of a standard point {@code z}. */
  BigRational[] originalPoint(BigRational[] z) {
    int n = program.numColumns();
    BigRational[] x = new BigRational[n];
    for (int j = 0; j < n; j++) {
      BigRational value = z[firstColumn[j]];
      if (free[j]) {
        value = value.subtract(z[firstColumn[j] + 1]);
      } else if (columnSign[j] < 0) {
        value = value.negate();
      }
      x[j] = offset[j].add(value);
    }
    return x;
  }

  /** The original direction of a standard direction (a ray: offsets do not apply). */
  BigRational[] originalDirection(BigRational[] direction) {
    int n = program.numColumns();
    BigRational[] r = new BigRational[n];
    for (int j = 0; j < n; j++) {
      BigRational value = direction[firstColumn[j]];
      if (free[j]) {
        value = value.subtract(direction[firstColumn[j] + 1]);
      } else if (columnSign[j] < 0) {
        value = value.negate();
      }
      r[j] = value;
    }
    return r;
  }

  /**
   * The original row multipliers of standard row multipliers {@code ys}: row {@code i} gets
   * {@code objectiveSign * rowSign * ys} of its standard row (free rows get 0). With
   * {@code objectiveSign} the objective's sign this maps optimal duals of the internal
   * minimization to duals of the original objective; with +1 it maps Farkas multipliers.
   */
  BigRational[] originalRowMultipliers(BigRational[] ys, int objectiveSign) {
    BigRational[] y = RationalField.INSTANCE.zeros(program.numRows());
    for (int s = 0; s < matrixRows.size(); s++) {
      int i = originalRow.get(s);
      if (i >= 0) {
        y[i] = ys[s].multiply(BigRational.of((long) objectiveSign * rowSign.get(s)));
      }
    }
    return y;
  }
}
