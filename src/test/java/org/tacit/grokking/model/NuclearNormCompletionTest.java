package org.tacit.grokking.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.MatrixRecoveryFamilies;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/**
 * The convex completion precheck: a fully observed matrix is recovered with a certified gap; a
 * matrix with an unobserved row that A* uses cannot be recovered (the minimum-nuclear-norm
 * completion sets that row to 0), and the precheck says so.
 */
class NuclearNormCompletionTest {

  @Test
  @Verifies("TDR:fig-5")
  void fullyObservedIsRecoveredWithCertificate() {
    double[] aStar = MatrixRecoveryFamilies.randomOrthogonalModel(new SeededDraws(7), 4, 4, 2);
    boolean[] mask = new boolean[16];
    Arrays.fill(mask, true);
    NuclearNormCompletion.Result result = NuclearNormCompletion.solve(aStar, mask, 4, 4, 5000);
    assertThat(result.recovered()).isTrue();
    assertThat(result.relativeError()).isZero();
  }

  @Test
  @Verifies("TDR:fig-5")
  void unobservedRowIsNotRecovered() {
    double[] aStar = MatrixRecoveryFamilies.randomOrthogonalModel(new SeededDraws(8), 4, 4, 1);
    boolean[] mask = new boolean[16];
    Arrays.fill(mask, true);
    for (int j = 0; j < 4; j++) {
      mask[j] = false;
    }
    NuclearNormCompletion.Result result = NuclearNormCompletion.solve(aStar, mask, 4, 4, 5000);
    assertThat(result.recovered()).isFalse();
    double rowNorm = 0;
    for (int j = 0; j < 4; j++) {
      rowNorm += aStar[j] * aStar[j];
    }
    assertThat(result.relativeError()).isGreaterThan(Math.sqrt(rowNorm) / 2);
  }
}
