package org.tacit.benign.model;

import org.tacit.linalg.DenseKernels;

/**
 * The terms of Lemma 5.2's decomposition of {@code g = X^T r/n} at one state, in double: with
 * {@code A = X^T X/n}, {@code z = lambda w_{S+}^{o2} - lambda u_{S-}^{o2} - beta*},
 * {@code E_S = (d/n) v_S + z}, {@code q = lambda w_{e+}^{o2} - lambda u_{e-}^{o2}} and
 * {@code Gamma = A v - (d/n) v_S - b (X^T xi)_e} (the remainder of (3)):
 * {@code g = E_S + Delta_r} with
 * {@code Delta_r = noiseTerm + (A - I) E_S - (A - I)(d/n) v_S + A q + Gamma},
 * {@code noiseTerm = (b - 1/n)(X^T xi)_e - (1/n)(X^T xi)_S} (the proof in Appendix A.2; the
 * identity holds for every state and every {@code b}).
 *
 * <p>Also {@link #roundingScale}: the size of the sums behind the identity, {@code ||(|X|^T |X|
 * |E_S| + |X|^T |X| (d/n)|v_S| + |X|^T |X| |q| + |X|^T |X| |v| + |X|^T |X| |z| + |X|^T |X| |beta*|
 * + |X|^T |xi|)/n||_inf + ||E_S||_inf + (d/n) ||v_S||_inf}, against which the rounding of every
 * computed term is bounded ({@link ZgTolerances#gradientApproximationIdentity}).
 *
 * <p>Contract: {@code theta = (w, u, v)} flat of length {@code 3d}; cost O(n d) (about ten
 * passes over X).
 *
 * <p>Spec: {@code ZG:lem-5.2}, {@code ZG:rem-A.5}.
 *
 * @param g {@code X^T r/n}
 * @param signalError {@code E_S}
 * @param deltaR {@code Delta_r} by the five-term formula
 * @param noiseTerm {@code (b - 1/n)(X^T xi)_e - (1/n)(X^T xi)_S}
 * @param signalDeviation {@code (A - I) E_S}
 * @param linearDeviation {@code (A - I)(d/n) v_S}
 * @param offSignalTerm {@code A q}
 * @param gamma {@code Gamma}
 * @param offSignalScale {@code lambda (||w_{e+}||_inf^2 + ||u_{e-}||_inf^2)}
 * @param noiseCorrelationInf {@code ||X^T xi/n||_inf}
 * @param vSupportNorm {@code ||v_S||_2}
 * @param roundingScale the scale of the rounding errors (see above)
 */
public record GradientApproximation(double[] g, double[] signalError, double[] deltaR,
    double[] noiseTerm, double[] signalDeviation, double[] linearDeviation,
    double[] offSignalTerm, double[] gamma, double offSignalScale, double noiseCorrelationInf,
    double vSupportNorm, double roundingScale) {

  /** The terms at state {@code theta} of {@code instance}, with coefficient {@code b} of (3). */
  public static GradientApproximation of(StageInstance instance, double[] theta, double b) {
    int n = instance.samples();
    int d = instance.dimension();
    double lambda = instance.lambda();
    double[] betaStar = instance.betaStar();
    double[] x = instance.x();
    double dOverN = (double) d / n;
    double[] vs = new double[d];
    double[] z = new double[d];
    double[] q = new double[d];
    double[] v = new double[d];
    double[] beta = new double[d];
    double wMax = 0;
    double uMax = 0;
    double vS2 = 0;
    for (int k = 0; k < d; k++) {
      double w = theta[k];
      double u = theta[d + k];
      v[k] = theta[2 * d + k];
      beta[k] = v[k] + lambda * ((w - u) * (w + u));
      if (betaStar[k] > 0) {
        vs[k] = v[k];
        z[k] = lambda * w * w - betaStar[k];
        q[k] = -lambda * u * u;
        uMax = Math.max(uMax, Math.abs(u));
      } else if (betaStar[k] < 0) {
        vs[k] = v[k];
        z[k] = -lambda * u * u - betaStar[k];
        q[k] = lambda * w * w;
        wMax = Math.max(wMax, Math.abs(w));
      } else {
        q[k] = lambda * ((w - u) * (w + u));
        wMax = Math.max(wMax, Math.abs(w));
        uMax = Math.max(uMax, Math.abs(u));
      }
      vS2 += vs[k] * vs[k];
    }
    double[] signalError = new double[d];
    double[] linear = new double[d];
    for (int k = 0; k < d; k++) {
      linear[k] = dOverN * vs[k];
      signalError[k] = linear[k] + z[k];
    }
    double[] y = instance.labels();
    double[] r = new double[n];
    DenseKernels.times(x, n, d, beta, r);
    for (int i = 0; i < n; i++) {
      r[i] -= y[i];
    }
    double[] g = new double[d];
    DenseKernels.transposeTimes(x, n, d, r, 1.0 / n, g);
    double[] noiseCorrelation = new double[d];
    DenseKernels.transposeTimes(x, n, d, instance.noise(), 1.0 / n, noiseCorrelation);
    double[] signalDeviation = deviation(x, n, d, signalError);
    double[] linearDeviation = deviation(x, n, d, linear);
    double[] offSignalTerm = gram(x, n, d, q);
    double[] gv = gram(x, n, d, v);
    double[] noiseTerm = new double[d];
    double[] gamma = new double[d];
    double[] deltaR = new double[d];
    double noiseInf = 0;
    for (int k = 0; k < d; k++) {
      boolean inS = betaStar[k] != 0;
      noiseTerm[k] = inS ? -noiseCorrelation[k] : (n * b - 1) * noiseCorrelation[k];
      gamma[k] = gv[k] - linear[k] - (inS ? 0 : n * b * noiseCorrelation[k]);
      deltaR[k] = noiseTerm[k] + signalDeviation[k] - linearDeviation[k] + offSignalTerm[k]
          + gamma[k];
      noiseInf = Math.max(noiseInf, Math.abs(noiseCorrelation[k]));
    }
    double[] magnitudes = new double[d];
    double signalInf = 0;
    for (int k = 0; k < d; k++) {
      magnitudes[k] = Math.abs(signalError[k]) + 2 * Math.abs(linear[k]) + Math.abs(q[k])
          + Math.abs(v[k]) + Math.abs(z[k]) + Math.abs(betaStar[k]);
      signalInf = Math.max(signalInf, Math.abs(signalError[k]) + Math.abs(linear[k]));
    }
    double[] absX = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      absX[i] = Math.abs(x[i]);
    }
    double[] absXi = new double[n];
    for (int i = 0; i < n; i++) {
      absXi[i] = Math.abs(instance.noise()[i]);
    }
    double[] absGram = gram(absX, n, d, magnitudes);
    double[] absNoise = new double[d];
    DenseKernels.transposeTimes(absX, n, d, absXi, 1.0 / n, absNoise);
    double scale = 0;
    for (int k = 0; k < d; k++) {
      scale = Math.max(scale, absGram[k] + absNoise[k]);
    }
    return new GradientApproximation(g, signalError, deltaR, noiseTerm, signalDeviation,
        linearDeviation, offSignalTerm, gamma, lambda * (wMax * wMax + uMax * uMax), noiseInf,
        Math.sqrt(vS2), scale + signalInf);
  }

  /** {@code (X^T X/n) z}. */
  private static double[] gram(double[] x, int n, int d, double[] z) {
    double[] xz = new double[n];
    DenseKernels.times(x, n, d, z, xz);
    double[] out = new double[d];
    DenseKernels.transposeTimes(x, n, d, xz, 1.0 / n, out);
    return out;
  }

  /** {@code (X^T X/n - I) z}. */
  private static double[] deviation(double[] x, int n, int d, double[] z) {
    double[] out = gram(x, n, d, z);
    for (int k = 0; k < d; k++) {
      out[k] -= z[k];
    }
    return out;
  }
}
