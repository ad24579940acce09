import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import org.tacit.benign.model.FloatDesign;
import org.tacit.benign.model.FusedLearnerObjective;
import org.tacit.benign.model.LearnerObjective;

/**
 * One fused GD step of the ZG learner (1)-(2) (org.tacit.benign.model.FusedLearnerObjective) on
 * the Figure 2 size d = 1e5, n = 948 (float32 X, 379 MB), with 1 and 2 threads, against the
 * machine's read bandwidth measured here by a STREAM-like sum over a 512 MB double array (four
 * accumulators; 1 thread, and 2 threads summing fixed halves). Reports bytes of X read per second
 * (4 n d per step: the fused step reads X once) and their ratio to the 1- and 2-thread bandwidth.
 * Checks that 1 and 2 threads give bit-identical iterates. Writes X (column-major float32), y and
 * the starting theta to DIR for bench/zg_gd_step.py (the numpy loop on the same data).
 *
 * <p>Usage (after compiling the main classes into CLASSES):
 * {@code java -Xmx3g -cp CLASSES bench/ZgGdStepBench.java [d] [steps] [DIR]}; see
 * bench/zg_gd_step.sh, which runs both.
 */
public final class ZgGdStepBench {

  private ZgGdStepBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException {
    int d = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String dir = args.length > 2 ? args[2] : "";
    int n = (int) Math.floor(3 * Math.sqrt(d));
    double bw1 = bandwidth(1);
    double bw2 = bandwidth(2);
    System.out.printf("read bandwidth (sum of a 512 MB double array, best of 5): 1 thread %.2f GB/s,"
        + " 2 threads %.2f GB/s%n", bw1, bw2);
    long start = System.nanoTime();
    FloatDesign x = FloatDesign.gaussian(1, n, d, 2);
    System.out.printf("generated X (n=%d, d=%d, float32, %.0f MB) in %.1f s%n", n, d,
        4.0 * n * d / 1e6, (System.nanoTime() - start) / 1e9);
    double[] betaStar = new double[d];
    betaStar[0] = 1 / Math.sqrt(3);
    betaStar[1] = -1 / Math.sqrt(3);
    betaStar[2] = 1 / Math.sqrt(3);
    double[] y = x.times(betaStar);
    for (int i = 0; i < n; i++) {
      y[i] += 0.1 * FloatDesign.standardNormal(1, -1, i);
    }
    double lambda = 100.0 * d / (0.1 * n * Math.log(n)
        * (Math.sqrt(Math.log(d) / n) + Math.sqrt((double) n / d)));
    double eta = 1e-6;
    double[] initial = LearnerObjective.initialParameters(d, 1e-10);
    double[][] result = new double[3][];
    for (int threads = 1; threads <= 2; threads++) {
      FusedLearnerObjective objective = new FusedLearnerObjective(x, y, lambda, 2, threads);
      double[] theta = initial.clone();
      double[] times = new double[steps];
      java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory
          .getThreadMXBean();
      long cpuBegin = 0;
      for (int t = -3; t < steps; t++) {
        if (t == 0) {
          cpuBegin = bean.getCurrentThreadCpuTime();
        }
        long begin = System.nanoTime();
        objective.loss(theta);
        objective.descend(theta, eta);
        long elapsed = System.nanoTime() - begin;
        if (t >= 0) {
          times[t] = elapsed / 1e9;
        }
      }
      double callerCpu = (bean.getCurrentThreadCpuTime() - cpuBegin) / 1e9 / steps;
      result[threads] = theta;
      Arrays.sort(times);
      double median = times[steps / 2];
      double rate = 4.0 * n * d / median / 1e9;
      System.out.printf("fused step, %d thread(s), parts=2: median %.1f ms/step (min %.1f, max %.1f),"
          + " X read %.2f GB/s = %.0f%% of 1-thread, %.0f%% of 2-thread bandwidth; CPU time of the"
          + " calling thread %.1f ms/step%n", threads,
          median * 1e3, times[0] * 1e3, times[steps - 1] * 1e3, rate, 100 * rate / bw1,
          100 * rate / bw2, callerCpu * 1e3);
    }
    System.out.println("1 and 2 threads bit-identical after " + (steps + 3) + " steps: "
        + Arrays.equals(result[1], result[2]));
    if (!dir.isEmpty()) {
      write(Path.of(dir, "X.f32"), x);
      writeDoubles(Path.of(dir, "y.f64"), y);
      writeDoubles(Path.of(dir, "params.f64"), new double[] {lambda, eta, 1e-10});
      writeDoubles(Path.of(dir, "theta.f64"), result[1]);
    }
  }

  /** GB/s of a sum over a 512 MB double array, best of 5, on 1 or 2 threads (fixed halves). */
  private static double bandwidth(int threads) {
    double[] a = new double[1 << 26];
    for (int i = 0; i < a.length; i++) {
      a[i] = i & 7;
    }
    double best = 0;
    double check = 0;
    for (int rep = 0; rep < 6; rep++) {
      double[] partial = new double[threads];
      long begin = System.nanoTime();
      RecursiveAction[] tasks = new RecursiveAction[threads];
      for (int t = 0; t < threads; t++) {
        int from = (int) ((long) a.length * t / threads);
        int to = (int) ((long) a.length * (t + 1) / threads);
        int index = t;
        tasks[t] = new RecursiveAction() {
          @Override
          protected void compute() {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = from; i < to; i += 4) {
              s0 += a[i];
              s1 += a[i + 1];
              s2 += a[i + 2];
              s3 += a[i + 3];
            }
            partial[index] = (s0 + s1) + (s2 + s3);
          }
        };
      }
      ForkJoinTask.invokeAll(tasks);
      double seconds = (System.nanoTime() - begin) / 1e9;
      check += partial[0];
      if (rep > 0) {
        best = Math.max(best, 8.0 * a.length / seconds / 1e9);
      }
    }
    if (check < 0) {
      System.out.println(check);
    }
    return best;
  }

  private static void write(Path path, FloatDesign x) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.allocate(4 * x.samples()).order(ByteOrder.LITTLE_ENDIAN);
      for (int j = 0; j < x.dimension(); j++) {
        buffer.clear();
        buffer.asFloatBuffer().put(x.column(j));
        buffer.limit(4 * x.samples());
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    }
  }

  private static void writeDoubles(Path path, double[] values) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        new FileOutputStream(path.toFile())))) {
      for (double value : values) {
        out.writeLong(Long.reverseBytes(Double.doubleToRawLongBits(value)));
      }
    }
  }
}
