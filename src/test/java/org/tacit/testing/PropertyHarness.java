package org.tacit.testing;

import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.MarginLog;
import org.tacit.verify.MarginRecorder;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

/**
 * The project's layer over QuickTheories: runs a theorem checker on instances drawn from an
 * {@link InstanceFamily} (which meets the hypotheses by construction; the checker verifies them
 * again), fails with the verdict and the seed when any check fails, and records the margins per
 * spec ID for the report.
 *
 * <p>Examples per property: {@code -Dtacit.tries=N} (default 100). Seed: derived from the
 * property's name, so runs are reproducible; {@code -Dtacit.seed=S} overrides it for every
 * property, {@code -Dtacit.seed=random} draws a fresh one. The seed is printed before the run and
 * in every failure message.
 */
public final class PropertyHarness {

  private static final Map<String, MarginRecorder> RECORDERS = new HashMap<>();

  private PropertyHarness() {}

  /** Number of examples per property. */
  public static int tries() {
    return Integer.getInteger("tacit.tries", 100);
  }

  /** The seed of the property named {@code name}. */
  public static long seedFor(String name) {
    String override = System.getProperty("tacit.seed", "");
    if (override.equals("random")) {
      return System.nanoTime();
    }
    if (!override.isEmpty()) {
      return Long.parseLong(override);
    }
    long hash = 1125899906842597L;
    for (char c : name.toCharArray()) {
      hash = 31 * hash + c;
    }
    return hash;
  }

  /** Runs {@code suite}'s checker on its built-in family; {@code name} names the property. */
  public static <I> void verify(String name, CheckSuite<I> suite) {
    verify(name, suite.checker(), suite.family(), tries());
  }

  /** Runs {@code checker} on {@code examples} instances of {@code family}. */
  public static <I> void verify(String name, TheoremChecker<I> checker, InstanceFamily<I> family,
      int examples) {
    forAll(name, family, checker::check, examples);
  }

  /**
   * Runs {@code check} on {@code examples} instances of {@code family}; every verdict must hold.
   * Use this form when a property combines several checkers on one instance.
   */
  public static <I> void forAll(String name, InstanceFamily<I> family,
      Function<I, Verdict> check, int examples) {
    long seed = seedFor(name);
    System.out.println("[tacit] property " + name + ": " + family.name() + ", seed " + seed
        + ", " + examples + " examples");
    MarginRecorder recorder;
    synchronized (RECORDERS) {
      recorder = RECORDERS.computeIfAbsent(name, k -> new MarginRecorder());
    }
    Gen<I> gen = in -> family.draw(new QtDraws(in));
    try {
      qt().withFixedSeed(seed).withExamples(examples).forAll(gen).checkAssert(instance -> {
        Verdict verdict = check.apply(instance);
        recorder.record(verdict, name);
        if (!verdict.holds()) {
          throw new AssertionError(verdict.describe()
              + "\n(reproduce with -Dtacit.seed=" + seed + ")");
        }
      });
    } finally {
      MarginLog.write(marginsDir(), name, recorder.snapshot());
    }
  }

  private static Path marginsDir() {
    return Paths.get(System.getProperty("tacit.margins.dir", "target/tacit-margins"));
  }
}
