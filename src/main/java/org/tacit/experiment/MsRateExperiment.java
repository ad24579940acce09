package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.model.AssumptionII1;
import org.tacit.l1rate.model.RateSweep;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * {@code ms-rate}: the rate of MS Theorem II.2. For each instance: rho, rho~, rho^-, kappa*, the
 * deviation {@code ||x_inf(alpha) - x*||_1} on a log grid of {@link #GRID} values of alpha (down to
 * 200 decades below {@code min_S x*}, see {@link RateSweep}), the theorem's envelopes
 * {@code c alpha^(1-rho)} (corrected lower constant) and {@code C alpha^(1-rho)}, and the fitted
 * slope of log deviation against log alpha next to {@code 1 - rho}.
 *
 * <p>Instances (one per point, seeded): A with N rows and d columns, either Gaussian entries
 * rounded to multiples of 1/1000 ({@code gaussian}) or integers in [-3, 3] ({@code integer});
 * x0 >= 0 with s = max(1, N/10) nonzero entries in {1, ..., 5} on a random support; y = A x0
 * (noiseless) or y = A x0 + z with z_i Gaussian of standard deviation 0.1 rounded to 1/1000
 * (noisy). Assumption II.1 is checked (exactly when d <= 40, else in double precision, column
 * {@code precision}); an instance that fails it is redrawn from the same seed stream, and the
 * number of redraws is a column (nothing is dropped silently). Tiny scale: N = 4, d = 8; full
 * scale: noiseless N in {20, 40, 60} with d = 3N, 3N, 2N, noisy N in {8, 12} with d = 24. With
 * noise x* has about N nonzeros, and rho~, rho^- need a branch and bound over sign patterns of S
 * (up to 2^|S| LPs): N = 20 with noise did not finish in five minutes, hence the smaller noisy sizes.
 *
 * <p>Row per instance: the columns of {@link #columns()}; {@code a_k, dev_k, lower_k, upper_k}
 * are log10 of alpha_k, of the deviation, and of the two envelopes (NaN where not applicable).
 * Plots: one log-log chart per instance (deviation and envelopes against alpha) and one chart of
 * the fitted slope against 1 - rho.
 *
 * <p>Spec: {@code MS:thm-II.2}, {@code MS:rem-II.1}.
 */
public final class MsRateExperiment implements Experiment {

  /** Grid points per instance. */
  public static final int GRID = 12;

  /** Decades below min_S x* reached by the grid (the certified solver's reliable range). */
  public static final double DECADES = 200;

  /** Redraws allowed before a point reports that Assumption II.1 was not met. */
  public static final int MAX_REDRAWS = 20;

  private static final String[] FAMILIES = {"gaussian", "integer"};

  @Override
  public String name() {
    return "ms-rate";
  }

  @Override
  public String description() {
    return "MS Theorem II.2: ||x_inf(alpha) - x*||_1 against alpha, envelopes, slope vs 1 - rho";
  }

  @Override
  public List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("family", "noisy", "N", "d", "s", "precision",
        "redraws", "rho", "rhoTilde", "rhoMinus", "kappa", "oneMinusRho", "leastSquaresSlope",
        "relativeSlopeError", "endpointSlope", "slopeErrorBound", "bandViolations",
        "failedPoints"));
    for (String prefix : new String[] {"a", "dev", "lower", "upper"}) {
      for (int k = 0; k < GRID; k++) {
        columns.add(prefix + k);
      }
    }
    return columns;
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean tiny = scale == ExperimentScale.TINY;
    int[][] noiseless = tiny ? new int[][] {{4, 8}} : new int[][] {{20, 60}, {40, 120}, {60, 120}};
    int[][] noisy = tiny ? new int[][] {{4, 8}} : new int[][] {{8, 24}, {12, 24}};
    List<SweepPoint> points = new ArrayList<>();
    for (int withNoise = 0; withNoise <= 1; withNoise++) {
      for (int[] size : withNoise == 0 ? noiseless : noisy) {
        for (int family = 0; family < FAMILIES.length; family++) {
          points.add(new SweepPoint(points.size(),
              new double[] {family, withNoise, size[0], size[1]}, 7000L + points.size()));
        }
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] v = point.values();
    String family = FAMILIES[(int) v[0]];
    boolean noisy = v[1] == 1;
    int rows = (int) v[2];
    int cols = (int) v[3];
    int sparsity = Math.max(1, rows / 10);
    LpPrecision precision = cols <= 40 ? LpPrecision.EXACT : LpPrecision.DOUBLE;
    SeededDraws draws = new SeededDraws(point.seed());
    LinearSystem system = draw(draws, family, noisy, rows, cols, sparsity);
    int redraws = 0;
    while (!AssumptionII1.check(system, precision).holds()) {
      redraws++;
      if (redraws > MAX_REDRAWS) {
        return failedRow(family, noisy, rows, cols, sparsity, precision, redraws);
      }
      system = draw(draws, family, noisy, rows, cols, sparsity);
    }
    RateSweep sweep = RateSweep.run(system, precision, GRID, DECADES);
    List<String> row = new ArrayList<>(List.of(family, noisy ? "1" : "0", str(rows), str(cols),
        str(sparsity), precision.name().toLowerCase(Locale.ROOT), str(redraws),
        num(sweep.constants().rho().doubleValue()),
        num(sweep.constants().rhoTilde().doubleValue()),
        num(sweep.constants().rhoMinus().doubleValue()),
        num(sweep.constants().kappa().doubleValue()), num(sweep.oneMinusRho()),
        num(sweep.leastSquaresSlope()),
        num(sweep.leastSquaresSlope() / sweep.oneMinusRho() - 1), num(sweep.endpointSlope()),
        num(sweep.slopeErrorBound()), str(sweep.bandViolations()), str(sweep.failedPoints())));
    for (double[] series : new double[][] {sweep.log10Alpha(), sweep.log10Deviation(),
        sweep.log10Lower(), sweep.log10Upper()}) {
      for (double value : series) {
        row.add(num(value));
      }
    }
    return row;
  }

  private List<String> failedRow(String family, boolean noisy, int rows, int cols, int sparsity,
      LpPrecision precision, int redraws) {
    List<String> row = new ArrayList<>(List.of(family, noisy ? "1" : "0", str(rows), str(cols),
        str(sparsity), precision.name().toLowerCase(Locale.ROOT), str(redraws)));
    while (row.size() < columns().size()) {
      row.add("NaN");
    }
    return row;
  }

  /** One instance of the family (see the class doc). */
  static LinearSystem draw(Draws draws, String family, boolean noisy, int rows, int cols,
      int sparsity) {
    BigRational[][] a = new BigRational[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        a[i][j] = family.equals("gaussian")
            ? BigRational.of(Math.round(draws.gaussian() * 1000), 1000)
            : BigRational.of(draws.between(-3, 3));
      }
    }
    BigRational[] x0 = new BigRational[cols];
    Arrays.fill(x0, BigRational.ZERO);
    for (int placed = 0; placed < sparsity; ) {
      int j = draws.intBetween(0, cols - 1);
      if (x0[j].isZero()) {
        x0[j] = BigRational.of(draws.between(1, 5));
        placed++;
      }
    }
    RationalMatrix matrix = RationalMatrix.of(a);
    BigRational[] y = matrix.multiply(x0);
    if (noisy) {
      for (int i = 0; i < rows; i++) {
        y[i] = y[i].add(BigRational.of(Math.round(draws.gaussian() * 100), 1000));
      }
    }
    return new LinearSystem(matrix, y);
  }

  private static String str(int value) {
    return Integer.toString(value);
  }

  private static String num(double value) {
    return Double.toString(value);
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    List<Path> files = new ArrayList<>();
    double[] oneMinusRho = table.column("oneMinusRho");
    double[] slope = table.column("leastSquaresSlope");
    int rowsCount = oneMinusRho.length;
    for (int r = 0; r < rowsCount; r++) {
      if (Double.isNaN(oneMinusRho[r])) {
        continue;
      }
      double[] alpha = new double[GRID];
      Map<String, double[][]> series = new LinkedHashMap<>();
      String[] names = {"||x_inf(alpha) - x*||_1", "c alpha^(1-rho) (corrected lower)",
          "C alpha^(1-rho) (upper)"};
      String[] prefixes = {"dev", "lower", "upper"};
      for (int k = 0; k < GRID; k++) {
        alpha[k] = table.column("a" + k)[r];
      }
      for (int s = 0; s < names.length; s++) {
        List<double[]> xy = new ArrayList<>();
        for (int k = 0; k < GRID; k++) {
          double value = table.column(prefixes[s] + k)[r];
          if (Double.isFinite(value) && Double.isFinite(alpha[k]) && value > -300
              && alpha[k] > -300) {
            xy.add(new double[] {Math.pow(10, alpha[k]), Math.pow(10, value)});
          }
        }
        if (!xy.isEmpty()) {
          series.put(names[s], toArrays(xy));
        }
      }
      files.addAll(Plots.logLog(outDir, name() + "-instance" + r,
          "MS rate, instance " + r + " (1 - rho = " + String.format(Locale.ROOT,
              "%.4f", oneMinusRho[r]) + ")", "alpha", "||x_inf(alpha) - x*||_1", series));
    }
    List<double[]> fitted = new ArrayList<>();
    List<double[]> identity = new ArrayList<>();
    for (int r = 0; r < rowsCount; r++) {
      if (oneMinusRho[r] > 0 && slope[r] > 0) {
        fitted.add(new double[] {oneMinusRho[r], slope[r]});
        identity.add(new double[] {oneMinusRho[r], oneMinusRho[r]});
      }
    }
    fitted.sort((p, q) -> Double.compare(p[0], q[0]));
    identity.sort((p, q) -> Double.compare(p[0], q[0]));
    Map<String, double[][]> slopes = new LinkedHashMap<>();
    // the line y = x first, so that the fitted slopes (which lie on it when the rate holds) are
    // drawn over it rather than hidden under it
    slopes.put("predicted: slope = 1 - rho", toArrays(identity));
    slopes.put("fitted slope", toArrays(fitted));
    files.addAll(Plots.logLog(outDir, name(), "MS rate: fitted slope vs 1 - rho",
        rowsCount + " instances; a point on the line y = x is a fitted rate equal to the"
            + " predicted alpha^(1 - rho)",
        "1 - rho (predicted slope)", "fitted slope of log deviation vs log alpha", slopes));
    return files;
  }

  private static double[][] toArrays(List<double[]> xy) {
    double[][] arrays = new double[2][xy.size()];
    for (int i = 0; i < xy.size(); i++) {
      arrays[0][i] = xy.get(i)[0];
      arrays[1][i] = xy.get(i)[1];
    }
    return arrays;
  }
}
