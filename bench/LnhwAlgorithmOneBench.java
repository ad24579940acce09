import java.util.Arrays;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.AlgorithmSimulation;
import org.tacit.group.model.GroupPartition;

/**
 * Per-step time of LNHW Algorithm 1 in Java (org.tacit.group.model.WeightNormalizedDescent
 * through AlgorithmRun and the shared IterationLoop) on the Figure 2 size, for comparison with
 * bench/lnhw_algorithm_one.py. The run records only steps 0 and 2000 (no per-step copies).
 * Prints the median over repetitions after two warm-up runs (JIT).
 *
 * <p>Usage (after compiling the main classes into CLASSES):
 * {@code java -cp CLASSES bench/LnhwAlgorithmOneBench.java [repetitions]}
 */
public final class LnhwAlgorithmOneBench {

  private LnhwAlgorithmOneBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int steps = 2000;
    GroupPartition groups = GroupPartition.contiguous(100, 3);
    AlgorithmSimulation simulation = AlgorithmSimulation.rademacher(150, groups,
        AlgorithmSimulation.leading(300, 10, 10, 10, 10, 10, 10, 10, 10, 10), 0.5, 6);
    double[] times = new double[repetitions];
    double error = Double.NaN;
    for (int r = -2; r < repetitions; r++) {
      long start = System.nanoTime();
      AlgorithmRun run = AlgorithmRun.of(simulation.design(), AlgorithmSettings.algorithmOne(1e-3),
          simulation.uniformU(1e-6), simulation.uniformDirections(), steps, 0, steps);
      long elapsed = System.nanoTime() - start;
      error = run.error(1, simulation.wStar());
      if (r >= 0) {
        times[r] = elapsed / 1e3 / steps;
      }
    }
    Arrays.sort(times);
    System.out.printf("java %s: n=150 p=300 L=100 steps=%d median %.1f us/step (min %.1f, max"
        + " %.1f), final error %.4g%n", System.getProperty("java.version"), steps,
        times[repetitions / 2], times[0], times[repetitions - 1], error);
  }
}
