package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * The unboxed double tableau ({@link DoubleTableauRows}) against the boxed one over the double
 * field ({@link FieldTableauRows} with {@link DoubleField}): the same pivots on the same random
 * tableau give the same entries bit for bit (the contract of {@link TableauRows}), tolerance 0.
 * Tableaux: 2..8 rows, 3..12 columns, entries 0 (probability 1/3) or uniform in [-4, 4] with
 * some of magnitude 1e-15 (to exercise the flush); 1..12 pivots on non-zero entries. Not a paper
 * item. Examples: {@code -Dtacit.tries}.
 */
class TableauRowsProperties {

  private record Case(double[][] entries, int[][] pivots) {}

  private static InstanceFamily<Case> cases() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "random tableaux 2..8 x 3..12, 1..12 pivots";
      }

      @Override
      public Case draw(Draws draws) {
        int rows = draws.intBetween(2, 8);
        int columns = draws.intBetween(3, 12);
        double[][] entries = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
          for (int j = 0; j < columns; j++) {
            int kind = draws.intBetween(0, 5);
            entries[i][j] = kind <= 1 ? 0.0 : kind == 2 ? 1e-15 * draws.uniform(-1, 1)
                : draws.uniform(-4, 4);
          }
        }
        int[][] pivots = new int[draws.intBetween(1, 12)][];
        for (int k = 0; k < pivots.length; k++) {
          pivots[k] = new int[] {draws.intBetween(0, rows - 1), draws.intBetween(0, columns - 1)};
        }
        return new Case(entries, pivots);
      }
    };
  }

  @Test
  void unboxedPivotsEqualBoxedPivotsBitForBit() {
    List<Integer> pivotsDone = new ArrayList<>();
    PropertyHarness.forAll("tableau rows unboxed vs boxed", cases(), c -> {
      int rows = c.entries().length;
      int columns = c.entries()[0].length;
      TableauRows<Double> unboxed = TableauRows.of(DoubleField.INSTANCE, rows, columns);
      TableauRows<Double> boxed = new FieldTableauRows<>(DoubleField.INSTANCE, rows, columns);
      assertThat(unboxed).isInstanceOf(DoubleTableauRows.class);
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          unboxed.set(i, j, c.entries()[i][j]);
          boxed.set(i, j, c.entries()[i][j]);
        }
      }
      int done = 0;
      for (int[] pivot : c.pivots()) {
        if (Math.abs(boxed.get(pivot[0], pivot[1])) > 1e-3) {
          unboxed.pivot(pivot[0], pivot[1]);
          boxed.pivot(pivot[0], pivot[1]);
          done++;
        }
      }
      pivotsDone.add(done);
      int differences = 0;
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          if (Double.doubleToLongBits(unboxed.get(i, j))
              != Double.doubleToLongBits(boxed.get(i, j))) {
            differences++;
          }
          if (unboxed.isStoredZero(i, j) != boxed.isStoredZero(i, j)) {
            differences++;
          }
        }
      }
      return Verdict.of(LpCertificateVerifier.SPEC_ID, rows + " x " + columns, List.of(
          Check.equal(LpCertificateVerifier.SPEC_ID, "entries differing in any bit",
              differences, 0, 0)));
    }, PropertyHarness.tries());
    assertThat(pivotsDone.stream().mapToInt(Integer::intValue).sum()).isPositive();
  }
}
