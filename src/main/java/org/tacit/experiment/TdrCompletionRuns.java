package org.tacit.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.tacit.grokking.family.MatrixRecoveryFamilies;
import org.tacit.grokking.model.GrokkingSteps;
import org.tacit.grokking.model.LeastSquaresLoss;
import org.tacit.grokking.model.MatrixRecoveryProblem;
import org.tacit.grokking.model.NuclearNorm;
import org.tacit.grokking.model.NuclearNormCompletion;
import org.tacit.grokking.model.SubgradientDescent;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.linalg.Svd;
import org.tacit.linalg.Vectors;
import org.tacit.training.ProgressListener;
import org.tacit.verify.SeededDraws;

/**
 * The shared part of the TDR matrix-completion reproductions ({@code tdr-fig5}, {@code tdr-fig6}):
 * the instance selected by the convex precheck (inventory E35) and a recorded nuclear-norm
 * subgradient run.
 *
 * <p>Instance selection: for seeds {@code base, base + 1, ...} draw a noiseless completion problem
 * ({@link MatrixRecoveryFamilies#completion}: random orthogonal model, {@code ||A*||_F = 1},
 * {@code N} distinct observed entries including the largest entry of {@code |A*|}) and keep the
 * first one the Douglas-Rachford precheck ({@link NuclearNormCompletion}) recovers; the selected
 * seed and the number of rejected seeds are reported.
 *
 * <p>Spec: {@code TDR:fig-5}, {@code TDR:fig-6}.
 */
final class TdrCompletionRuns {

  /** The iteration cap of the precheck. */
  static final int PRECHECK_ITERATIONS = 20000;

  /** How many consecutive seeds are tried before giving up. */
  static final int MAX_CANDIDATES = 200;

  private TdrCompletionRuns() {}

  /**
   * A selected instance.
   *
   * @param problem the completion problem
   * @param seed the seed that produced it
   * @param rejected the seeds tried before it that the precheck did not recover
   * @param precheck the precheck's outcome on it
   */
  record Selected(MatrixRecoveryProblem problem, long seed, int rejected,
      NuclearNormCompletion.Result precheck) {}

  /** The observed-entry mask of a completion design (row-major over the matrix). */
  static boolean[] mask(MatrixRecoveryProblem problem) {
    double[] x = problem.designOnRowMajor();
    int n = problem.dimension();
    boolean[] mask = new boolean[n];
    for (int i = 0; i < problem.samples(); i++) {
      for (int k = 0; k < n; k++) {
        mask[k] |= x[i * n + k] != 0;
      }
    }
    return mask;
  }

  /** The first recoverable instance from seed {@code base} on. */
  static Selected select(int rows, int columns, int rank, int samples, long base) {
    int rejected = 0;
    for (long seed = base; seed < base + MAX_CANDIDATES; seed++) {
      MatrixRecoveryProblem problem =
          MatrixRecoveryFamilies.completion(new SeededDraws(seed), rows, columns, rank, samples);
      NuclearNormCompletion.Result result = NuclearNormCompletion.solve(problem.groundTruth(),
          mask(problem), rows, columns, PRECHECK_ITERATIONS);
      if (result.recovered()) {
        return new Selected(problem, seed, rejected, result);
      }
      rejected++;
    }
    throw new IllegalStateException("no recoverable instance among " + MAX_CANDIDATES
        + " seeds from " + base);
  }

  /**
   * One recorded state.
   *
   * @param step the loop index t
   * @param trainingError {@code ||X a - y*|| / ||y*||}
   * @param testError {@code ||A - A*||_F / ||A*||_F}
   * @param gradientRatio {@code ||X^T r|| / ||beta H||}
   * @param nuclearNorm {@code ||A||_*}
   * @param singularValues {@code sigma_i(A)}, descending
   */
  record State(long step, double trainingError, double testError, double gradientRatio,
      double nuclearNorm, double[] singularValues) {}

  /**
   * A run.
   *
   * @param states the states at the recorded steps
   * @param memorization t1, if reached
   * @param generalization t2, if reached
   * @param errorAtGeneralization {@code ||A^(t2) - A*||_F} (NaN if t2 was not reached)
   * @param seconds the wall time of the run
   * @param finalTrainingError the training error at the last iterate (the plateau, pitfall P5)
   * @param finalTestError the test error at the last iterate
   */
  record Run(List<State> states, OptionalLong memorization, OptionalLong generalization,
      double errorAtGeneralization, double seconds, double finalTrainingError,
      double finalTestError) {}

  /** {@code zeta N(0, 1/n)} initial matrix, from {@code seed}. */
  static double[] initial(long seed, int dimension, double zeta) {
    return MatrixRecoveryFamilies.smallInitial(new SeededDraws(seed), dimension, zeta);
  }

  /**
   * Runs {@code steps} updates of (1) with the nuclear norm, recording the states at
   * {@code recorded} (ascending), with the paper's thresholds 1e-4 for t1 and t2.
   */
  static Run run(MatrixRecoveryProblem problem, double alpha, double beta, double[] initial,
      long steps, List<Long> recorded) {
    return run(problem, alpha, beta, initial, steps, recorded,
        TdrTolerances.PAPER_MEMORIZATION_THRESHOLD, TdrTolerances.PAPER_GENERALIZATION_THRESHOLD);
  }

  /** As above with the given thresholds for t1 and t2 (relative errors). */
  static Run run(MatrixRecoveryProblem problem, double alpha, double beta, double[] initial,
      long steps, List<Long> recorded, double memorizationThreshold,
      double generalizationThreshold) {
    LeastSquaresLoss g = problem.loss();
    NuclearNorm h = problem.nuclearNorm();
    double[] y = problem.targets();
    double[] aStar = problem.groundTruth();
    GrokkingSteps detector = new GrokkingSteps(y, y, aStar, memorizationThreshold,
        generalizationThreshold);
    List<State> states = new ArrayList<>();
    double[] errorAtT2 = {Double.NaN};
    int p = problem.dimension();
    int[] index = {0};
    long start = System.nanoTime();
    double yNorm = Vectors.norm(y);
    double starNorm = Vectors.norm(aStar);
    SubgradientDescent.run(g, h, beta, alpha, initial, steps, (t, a, residual) -> {
      boolean hadT2 = detector.generalizationStep().isPresent();
      detector.observe(t, a, residual);
      if (!hadT2 && detector.generalizationStep().isPresent()) {
        errorAtT2[0] = detector.lastRecoveryError() * starNorm;
      }
      while (index[0] < recorded.size() && recorded.get(index[0]) < t) {
        index[0]++;
      }
      if (index[0] < recorded.size() && recorded.get(index[0]) == t) {
        double[] gradient = new double[p];
        g.gradientFromResidual(residual, gradient);
        double[] subgradient = new double[p];
        h.subgradient(a, subgradient);
        double[] sigma = Svd.decompose(a, problem.rows(), problem.columns()).singularValues();
        double nuclear = 0;
        for (double s : sigma) {
          nuclear += s;
        }
        states.add(new State(t, Vectors.norm(residual) / yNorm,
            detector.lastRecoveryError(), Vectors.norm(gradient)
                / (beta * Vectors.norm(subgradient)), nuclear, sigma));
        index[0]++;
      }
    }, ProgressListener.NONE);
    return new Run(states, detector.memorizationStep(), detector.generalizationStep(),
        errorAtT2[0], (System.nanoTime() - start) / 1e9, detector.lastTrainingError(),
        detector.lastRecoveryError());
  }

  /** About {@code perDecade} log-spaced steps in {@code [0, last]}, always 0 and last. */
  static List<Long> logGrid(long last, int perDecade) {
    List<Long> grid = new ArrayList<>();
    grid.add(0L);
    double factor = Math.pow(10, 1.0 / perDecade);
    double t = 1;
    while (t < last) {
      long step = Math.round(t);
      if (step > grid.get(grid.size() - 1)) {
        grid.add(step);
      }
      t *= factor;
    }
    if (grid.get(grid.size() - 1) != last) {
      grid.add(last);
    }
    return grid;
  }

  /** {@code Double.toString}, the CSV number format. */
  static String num(double value) {
    return Double.toString(value);
  }
}
