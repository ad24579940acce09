package org.tacit.l1rate.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.lp.LinearSystem;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.Margins;
import org.tacit.verify.TheoremChecker;

/**
 * MS rem-I.1 (the classical fact the paper contrasts with): gradient descent on
 * {@code L(x) = ||A x - y||^2} from {@code x = 0} converges to the minimum-l2-norm solution
 * {@code A^T (A A^T)^{-1} y} of {@code A x = y}.
 *
 * <p>Checked on {@code A = [I_N | B]} (full row rank, {@code lambda_min(A A^T) >= 1}): the exact
 * minimum-norm solution (solves {@code A x = y} and is orthogonal to an exact basis of ker A, which
 * characterises minimal norm); the iterates' invariant {@code x_k in range(A^T)} (orthogonality to
 * the kernel basis, the proof's key step: every gradient lies in range(A^T)); and the distance of
 * the final iterate to the exact solution. Step {@code eta = 1 / (2 ||A||_F^2)}: on range(A^T) the
 * iteration contracts by at most {@code 1 - 1/||A||_F^2}, and K iterations are run so that this
 * factor to the K is below 1e-14.
 *
 * <p>Tolerance {@link L1RateTolerances#MINIMUM_NORM_LIMIT} relative to {@code ||x_min||_2}.
 * Gradient descent with a step this small is a forward-Euler discretisation of the flow; both keep
 * {@code x in range(A^T)} and hence have the same limit.
 *
 * <p>Spec: {@code MS:rem-I.1}.
 */
public final class MinimumNormLimitChecker extends TheoremChecker<LinearSystem> {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:rem-I.1";

  /** The checker (stateless). */
  public MinimumNormLimitChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LinearSystem instance) {
    return "N=" + instance.rows() + ", d=" + instance.cols() + ", A=" + instance.a()
        + ", y=" + java.util.Arrays.toString(instance.y());
  }

  @Override
  protected List<Check> evaluate(LinearSystem instance, Hypotheses hypotheses) {
    RationalMatrix a = instance.a();
    if (!hypotheses.require("A has full row rank", a.rank() == a.rows())) {
      return List.of();
    }
    RationalMatrix gram = a.multiply(a.transpose());
    BigRational[] dual = gram.solve(instance.y()).particular();
    if (dual == null) {
      throw new IllegalStateException("A A^T is singular although A has full row rank");
    }
    BigRational[] xMin = a.transpose().multiply(dual);
    RationalMatrix kernel = a.nullSpaceBasis();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(specId(), "A x_min = y (exact)", BigRational.ONE,
        instance.solves(xMin) ? BigRational.ONE : BigRational.ZERO));
    double frobeniusSquared = 0;
    for (int i = 0; i < a.rows(); i++) {
      for (BigRational v : a.row(i)) {
        frobeniusSquared += v.doubleValue() * v.doubleValue();
      }
    }
    double[] x = descend(a, instance.y(), frobeniusSquared);
    double normMin = 0;
    double distance = 0;
    for (int j = 0; j < x.length; j++) {
      normMin += xMin[j].doubleValue() * xMin[j].doubleValue();
      double diff = x[j] - xMin[j].doubleValue();
      distance += diff * diff;
    }
    normMin = Math.sqrt(normMin);
    for (int k = 0; k < kernel.cols(); k++) {
      BigRational[] n = kernel.column(k);
      BigRational exactInner = BigRational.ZERO;
      double iterateInner = 0;
      double nNorm = 0;
      for (int j = 0; j < n.length; j++) {
        exactInner = exactInner.add(xMin[j].multiply(n[j]));
        iterateInner += x[j] * n[j].doubleValue();
        nNorm += n[j].doubleValue() * n[j].doubleValue();
      }
      checks.add(Check.equal(specId(), "<x_min, n_" + k + "> = 0 (minimal norm, exact)",
          exactInner, BigRational.ZERO));
      checks.add(Check.lessOrEqual(specId(), "|<x_K, n_" + k + ">| (iterates in range(A^T))",
          Math.abs(iterateInner), L1RateTolerances.MINIMUM_NORM_LIMIT
              * Math.max(normMin, Margins.TINY) * Math.sqrt(nNorm), 0.0));
    }
    checks.add(Check.lessOrEqual(specId(), "||x_K - x_min||_2 (limit = minimum-norm solution)",
        Math.sqrt(distance), L1RateTolerances.MINIMUM_NORM_LIMIT * Math.max(normMin, Margins.TINY), 0.0));
    return checks;
  }

  /** K steps of GD on ||A x - y||^2 from 0 with eta = 1 / (2 ||A||_F^2). */
  private static double[] descend(RationalMatrix a, BigRational[] y, double frobeniusSquared) {
    int rows = a.rows();
    int cols = a.cols();
    double[] matrix = a.toDoubleRowMajor();
    double[] target = new double[rows];
    for (int i = 0; i < rows; i++) {
      target[i] = y[i].doubleValue();
    }
    double eta = 1.0 / (2.0 * frobeniusSquared);
    int steps = Math.max(1,
        (int) Math.ceil(Math.log(L1RateTolerances.MINIMUM_NORM_CONTRACTION)
            / Math.log1p(-1.0 / frobeniusSquared)));
    double[] x = new double[cols];
    double[] residual = new double[rows];
    for (int step = 0; step < steps; step++) {
      for (int i = 0; i < rows; i++) {
        double s = -target[i];
        for (int j = 0; j < cols; j++) {
          s += matrix[i * cols + j] * x[j];
        }
        residual[i] = s;
      }
      for (int j = 0; j < cols; j++) {
        double g = 0;
        for (int i = 0; i < rows; i++) {
          g += matrix[i * cols + j] * residual[i];
        }
        x[j] -= eta * 2.0 * g;
      }
    }
    return x;
  }
}
