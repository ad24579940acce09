import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.tacit.benign.model.BasisPursuitAdmm;
import org.tacit.benign.model.BasisPursuitCertificate;
import org.tacit.benign.model.FloatDesign;

/**
 * The scalable min-l1 interpolator (org.tacit.benign.model.BasisPursuitAdmm) on a Figure-2
 * problem (counter-based Gaussian float32 X, n = floor(3 sqrt d), beta* = (1,-1,1,0,...)/sqrt 3,
 * sigma = 0.1): wall time, iterations, certificate (residual, ||X^T mu||_inf, l1 norm, dual value,
 * relative gap) and the test loss ||beta - beta*||^2. Writes X (column-major float32), y and
 * the l1 norm to DIR for bench/zg_min_l1.py (scipy linprog HiGHS on the same data).
 *
 * <p>Usage: {@code java -Xmx3g -cp CLASSES bench/ZgMinL1Bench.java [d] [maxIterations] [DIR]}.
 */
public final class ZgMinL1Bench {

  private ZgMinL1Bench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException {
    int d = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    String dir = args.length > 2 ? args[2] : "";
    int n = (int) Math.floor(3 * Math.sqrt(d));
    FloatDesign x = FloatDesign.gaussian(1, n, d, 2);
    double[] betaStar = new double[d];
    betaStar[0] = 1 / Math.sqrt(3);
    betaStar[1] = -1 / Math.sqrt(3);
    betaStar[2] = 1 / Math.sqrt(3);
    double[] y = x.times(betaStar);
    for (int i = 0; i < n; i++) {
      y[i] += 0.1 * FloatDesign.standardNormal(1, -1, i);
    }
    long start = System.nanoTime();
    BasisPursuitAdmm solver = new BasisPursuitAdmm(x, y);
    double setup = (System.nanoTime() - start) / 1e9;
    BasisPursuitCertificate c = solver.solve(iterations);
    double total = (System.nanoTime() - start) / 1e9;
    double[] beta = c.beta();
    double testLoss = 0;
    for (int k = 0; k < d; k++) {
      testLoss += (beta[k] - betaStar[k]) * (beta[k] - betaStar[k]);
    }
    System.out.printf("java ADMM min-l1 d=%d n=%d: %.1f s (X X^T + Cholesky %.1f s), %d iterations,"
        + " polished=%b, ||X b - y||=%.2e, ||X^T mu||_inf=%.15f, ||b||_1=%.12f, y^T mu=%.12f,"
        + " relative gap %.2e, test loss %.6e%n", d, n, total, setup, c.iterations(), c.polished(),
        c.primalResidual(), c.dualNorm(), c.l1Norm(), c.dualValue(), c.relativeGap(), testLoss);
    if (!dir.isEmpty()) {
      try (FileChannel channel = FileChannel.open(Path.of(dir, "X.f32"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int j = 0; j < d; j++) {
          buffer.clear();
          buffer.asFloatBuffer().put(x.column(j));
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
        }
      }
      try (FileChannel channel = FileChannel.open(Path.of(dir, "y.f64"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.allocate(8 * (n + 1)).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(y).put(c.l1Norm());
        channel.write(buffer);
      }
    }
  }
}
