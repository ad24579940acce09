package org.tacit.grokking.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/**
 * The backward pass of the rational layers (dense, Hadamard, ReLU away from 0, square loss, l2^2/2)
 * against exact gradients: a tiny net {@code F(theta) = (1/(2B)) sum_b ||W2 relu(W1 (a_b o c_b) +
 * b1) + b2 - t_b||^2 + (||W1||_F^2 + ||W2||_F^2) / 2} with dyadic rational entries (numerators
 * below 16, denominators 4), differentiated by forward mode in exact rational arithmetic (dual
 * numbers over {@link BigRational}, one pass per coordinate: an algorithm independent of the
 * backward pass). With these entries every double operation of the backward pass is exact (a
 * few dozen significant bits at most, B = 2 a power of two), so the two gradients must agree
 * exactly, bit for bit.
 */
class LayersExactGradientTest {

  private static final int BATCH = 2;
  private static final int IN = 3;
  private static final int HIDDEN = 2;
  private static final int OUT = 2;

  /** A value with its directional derivative. */
  private record Dual(BigRational value, BigRational derivative) {
    Dual add(Dual o) {
      return new Dual(value.add(o.value), derivative.add(o.derivative));
    }

    Dual multiply(Dual o) {
      return new Dual(value.multiply(o.value),
          value.multiply(o.derivative).add(derivative.multiply(o.value)));
    }
  }

  // layout of theta: a (BATCH x IN), c (BATCH x IN), W1 (HIDDEN x IN), b1, W2 (OUT x HIDDEN), b2
  private static final int A = 0;
  private static final int C = A + BATCH * IN;
  private static final int W1 = C + BATCH * IN;
  private static final int B1 = W1 + HIDDEN * IN;
  private static final int W2 = B1 + HIDDEN;
  private static final int B2 = W2 + OUT * HIDDEN;
  private static final int SIZE = B2 + OUT;

  private static final long[] NUMERATORS = {3, -5, 2, 7, 1, -6, 4, -2, 5, 1, 3, -7, 6, -1, 2,
      -3, 5, 4, 1, -4, 3, 2, -5, 6, -2, 7, 1, 3};

  private static final long[] TARGET_NUMERATORS = {1, -3, 6, 2};

  private static double[] theta() {
    double[] theta = new double[SIZE];
    for (int k = 0; k < SIZE; k++) {
      theta[k] = NUMERATORS[k] / 4.0;
    }
    return theta;
  }

  private static double[] targets() {
    double[] t = new double[TARGET_NUMERATORS.length];
    for (int k = 0; k < t.length; k++) {
      t[k] = TARGET_NUMERATORS[k] / 4.0;
    }
    return t;
  }

  private static double[] slice(double[] v, int from, int length) {
    double[] s = new double[length];
    System.arraycopy(v, from, s, 0, length);
    return s;
  }

  /** The backward pass of the layers in double. */
  private static double[] backward(double[] theta, double[] zOut) {
    double[] a = slice(theta, A, BATCH * IN);
    double[] c = slice(theta, C, BATCH * IN);
    double[] w1 = slice(theta, W1, HIDDEN * IN);
    double[] b1 = slice(theta, B1, HIDDEN);
    double[] w2 = slice(theta, W2, OUT * HIDDEN);
    double[] b2 = slice(theta, B2, OUT);
    double[] u = new double[BATCH * IN];
    Layers.hadamard(a, c, u);
    Layers.dense(u, BATCH, IN, w1, b1, HIDDEN, zOut);
    double[] h = new double[BATCH * HIDDEN];
    Layers.relu(zOut, h);
    double[] y = new double[BATCH * OUT];
    Layers.dense(h, BATCH, HIDDEN, w2, b2, OUT, y);
    double[] gradY = new double[y.length];
    Layers.squareLoss(y, targets(), BATCH, gradY);
    double[] gradW2 = new double[w2.length];
    double[] gradB2 = new double[OUT];
    double[] gradH = new double[h.length];
    Layers.denseBackward(h, BATCH, HIDDEN, w2, OUT, gradY, gradH, gradW2, gradB2);
    double[] gradZ = new double[zOut.length];
    Layers.reluBackward(zOut, gradH, gradZ);
    double[] gradW1 = new double[w1.length];
    double[] gradB1 = new double[HIDDEN];
    double[] gradU = new double[u.length];
    Layers.denseBackward(u, BATCH, IN, w1, HIDDEN, gradZ, gradU, gradW1, gradB1);
    double[] gradA = new double[a.length];
    double[] gradC = new double[c.length];
    Layers.hadamardBackward(a, c, gradU, gradA, gradC);
    double[] grad = new double[SIZE];
    System.arraycopy(gradA, 0, grad, A, gradA.length);
    System.arraycopy(gradC, 0, grad, C, gradC.length);
    System.arraycopy(gradW1, 0, grad, W1, gradW1.length);
    System.arraycopy(gradB1, 0, grad, B1, HIDDEN);
    System.arraycopy(gradW2, 0, grad, W2, gradW2.length);
    System.arraycopy(gradB2, 0, grad, B2, OUT);
    WeightRegularizer.L2.addSubgradient(theta, List.of(new WeightBlock("W1", W1, HIDDEN, IN),
        new WeightBlock("W2", W2, OUT, HIDDEN)), 1, grad);
    return grad;
  }

  /** dF/dtheta_k by forward mode in exact arithmetic. */
  private static BigRational exactPartial(int k) {
    Dual[] p = new Dual[SIZE];
    for (int j = 0; j < SIZE; j++) {
      p[j] = new Dual(BigRational.of(NUMERATORS[j], 4), j == k ? BigRational.ONE
          : BigRational.ZERO);
    }
    Dual zero = new Dual(BigRational.ZERO, BigRational.ZERO);
    Dual loss = zero;
    for (int b = 0; b < BATCH; b++) {
      Dual[] h = new Dual[HIDDEN];
      for (int o = 0; o < HIDDEN; o++) {
        Dual z = p[B1 + o];
        for (int i = 0; i < IN; i++) {
          z = z.add(p[W1 + o * IN + i].multiply(p[A + b * IN + i].multiply(p[C + b * IN + i])));
        }
        assertThat(z.value().signum()).as("z away from the ReLU kink").isNotZero();
        h[o] = z.value().signum() > 0 ? z : zero;
      }
      for (int o = 0; o < OUT; o++) {
        Dual y = p[B2 + o];
        for (int i = 0; i < HIDDEN; i++) {
          y = y.add(p[W2 + o * HIDDEN + i].multiply(h[i]));
        }
        Dual e = y.add(new Dual(BigRational.of(-TARGET_NUMERATORS[b * OUT + o], 4),
            BigRational.ZERO));
        loss = loss.add(e.multiply(e));
      }
    }
    BigRational derivative = loss.derivative().divide(BigRational.of(2 * BATCH));
    if (k >= W1 && k < B1 || k >= W2 && k < B2) {
      derivative = derivative.add(BigRational.of(NUMERATORS[k], 4));
    }
    return derivative;
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void backwardPassEqualsExactForwardModeGradient() {
    double[] z = new double[BATCH * HIDDEN];
    double[] grad = backward(theta(), z);
    int active = 0;
    for (double zi : z) {
      active += zi > 0 ? 1 : 0;
    }
    assertThat(active).as("both ReLU branches are exercised").isBetween(1, z.length - 1);
    for (int k = 0; k < SIZE; k++) {
      assertThat(BigRational.valueOf(grad[k])).as("coordinate %d", k)
          .isEqualTo(exactPartial(k));
    }
  }
}
