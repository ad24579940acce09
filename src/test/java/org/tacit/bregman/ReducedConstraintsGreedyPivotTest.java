package org.tacit.bregman;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * {@link ReducedConstraints#pivotsAreGreedyFor} against the definition: a fresh exact RREF with
 * the new preference order has the same pivot set exactly when the criterion says so, and then
 * the same reduced rows (matched by pivot). Seeded small integer systems, some rank-deficient
 * (a row that is a combination of two others), random supports and orders.
 */
class ReducedConstraintsGreedyPivotTest {

  @Test
  void agreesWithRecomputingTheRrefInTheNewOrder() {
    SplittableRandom random = new SplittableRandom(20261208L);
    int agree = 0;
    int differ = 0;
    for (int trial = 0; trial < 300; trial++) {
      int n = random.nextInt(1, 5);
      int d = random.nextInt(n, 9);
      BigRational[][] a = new BigRational[n][d];
      for (int j = 0; j < d; j++) {
        for (int i = 0; i < n; i++) {
          a[i][j] = BigRational.of(random.nextInt(-2, 3));
        }
        if (n >= 3 && trial % 3 == 0) {
          a[2][j] = a[0][j].add(a[1][j].multiply(BigRational.of(2)));
        }
      }
      RationalMatrix matrix = RationalMatrix.of(a);
      BigRational[] x = new BigRational[d];
      for (int j = 0; j < d; j++) {
        x[j] = BigRational.of(random.nextInt(1, 4));
      }
      boolean[] support = new boolean[d];
      for (int j = 0; j < d; j++) {
        support[j] = random.nextInt(5) > 0;
      }
      support[0] = true;
      for (int j = 0; j < d; j++) {
        if (!support[j]) {
          x[j] = BigRational.ZERO;
        }
      }
      EntropyProjectionProblem problem =
          new EntropyProjectionProblem(matrix, matrix.multiply(x), support);
      int k = problem.supportIndices().length;
      ReducedConstraints first = ReducedConstraints.reduce(problem, shuffled(k, random));
      int[] order = trial % 4 == 0 ? pivotsFirst(first.pivots(), k, random) : shuffled(k, random);
      ReducedConstraints fresh = ReducedConstraints.reduce(problem, order);
      boolean same = Arrays.equals(sorted(first.pivots()), sorted(fresh.pivots()));
      assertThat(first.pivotsAreGreedyFor(order)).as("trial %d", trial).isEqualTo(same);
      if (same) {
        agree++;
        assertSameRowsByPivot(first, fresh);
      } else {
        differ++;
      }
    }
    assertThat(agree).isGreaterThan(30);
    assertThat(differ).isGreaterThan(30);
  }

  private static void assertSameRowsByPivot(ReducedConstraints p, ReducedConstraints q) {
    int[] pp = p.pivots();
    int[] qp = q.pivots();
    for (int j = 0; j < pp.length; j++) {
      int match = -1;
      for (int l = 0; l < qp.length; l++) {
        if (qp[l] == pp[j]) {
          match = l;
        }
      }
      assertThat(match).isNotNegative();
      assertThat(p.rows().row(j)).isEqualTo(q.rows().row(match));
      assertThat(p.rightSide()[j]).isEqualTo(q.rightSide()[match]);
    }
  }

  /** An order with the given pivots first (in random order), then the rest shuffled. */
  private static int[] pivotsFirst(int[] pivots, int k, SplittableRandom random) {
    int[] order = new int[k];
    boolean[] used = new boolean[k];
    int[] head = pivots.clone();
    shuffle(head, random);
    int n = 0;
    for (int p : head) {
      order[n++] = p;
      used[p] = true;
    }
    int[] tail = shuffled(k, random);
    for (int c : tail) {
      if (!used[c]) {
        order[n++] = c;
      }
    }
    return order;
  }

  private static int[] shuffled(int k, SplittableRandom random) {
    int[] order = new int[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    shuffle(order, random);
    return order;
  }

  private static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  private static int[] sorted(int[] values) {
    int[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
