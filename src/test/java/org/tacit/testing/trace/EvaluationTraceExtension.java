package org.tacit.testing.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tacit.spec.Verifies;
import org.tacit.verify.CheckEvaluations;

/**
 * Traceability down to the check (issue #19): a test citing {@code @Verifies("ID")} must evaluate
 * a {@link org.tacit.verify.Check} labelled with that ID. Registered for every test by JUnit's
 * extension auto-detection ({@code META-INF/services} and {@code junit-platform.properties}).
 *
 * <p>Before each test method (each invocation of a parameterized or repeated test; a
 * {@code @TestFactory} with all its dynamic tests) it opens a {@link CheckEvaluations} recording;
 * after it, it decides {@link TraceabilityGate} for the IDs the method cites. Class-level citations
 * (on the class or, for {@code @Nested} classes, on an enclosing class) are decided once after the
 * class, against the union of what its tests and nested tests evaluated. A test that already
 * failed or was aborted is not gated again (its own failure is the news). Only {@link
 * org.tacit.verify.Check}s count: a verdict that fails a hypothesis evaluates no check (see
 * {@code proofs-notes/traceability-to-the-check.md}).
 *
 * <p>Mode, system property {@code tacit.traceability}: {@code enforce} (default: an unbaselined
 * gap or a stale baseline row fails the test), {@code report} (never fails), {@code off}. Every
 * (test, cited ID) pair is written to {@code target/traceability/evaluations.tsv} under the root
 * ({@code tacit.root}, default the working directory). Assumes tests run one at a time.
 */
public final class EvaluationTraceExtension
    implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  /** The evaluations log, relative to the root. */
  public static final String LOG = "target/traceability/evaluations.tsv";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(EvaluationTraceExtension.class);
  private static final String UNION = "evaluated";
  private static final Object LOCK = new Object();
  private static volatile Optional<GapBaseline> baseline = Optional.empty();
  private static boolean logStarted;

  private static String mode() {
    return System.getProperty("tacit.traceability", "enforce");
  }

  private static Path root() {
    return Paths.get(System.getProperty("tacit.root", "."));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!mode().equals("off")) {
      CheckEvaluations.open();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (mode().equals("off")) {
      return;
    }
    Set<String> evaluated = CheckEvaluations.close();
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent();
        c = c.get().getParent()) {
      if (c.get().getTestMethod().isEmpty() && c.get().getTestClass().isPresent()) {
        union(c.get()).addAll(evaluated);
      }
    }
    gate(context, annotations(context.getRequiredTestMethod()), evaluated);
  }

  /**
   * Gates the test of {@code context} citing {@code cited} (the method's own citations) which
   * evaluated {@code evaluated}; throws {@link AssertionError} on a failure in enforce mode.
   */
  static void gate(ExtensionContext context, Set<String> cited, Set<String> evaluated) {
    if (cited.isEmpty()) {
      return;
    }
    String className = context.getRequiredTestClass().getName();
    Outcome outcome = decideAndLog(className, context.getRequiredTestMethod().getName(),
        context.getDisplayName(), cited, evaluated,
        context.getExecutionException().isPresent());
    if (!outcome.gated || outcome.result.passes() || !mode().equals("enforce")) {
      return;
    }
    throw new AssertionError(String.join("\n", outcome.result.failures()));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (mode().equals("off")) {
      return;
    }
    Class<?> type = context.getRequiredTestClass();
    Set<String> cited = annotations(type);
    if (cited.isEmpty()) {
      return;
    }
    Outcome outcome = decideAndLog(type.getName(), GapBaseline.CLASS_LEVEL, type.getSimpleName(),
        cited, union(context), context.getExecutionException().isPresent());
    if (outcome.gated && !outcome.result.passes() && mode().equals("enforce")) {
      throw new AssertionError(String.join("\n", outcome.result.failures()));
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> union(ExtensionContext classContext) {
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(UNION, k -> new TreeSet<String>(), Set.class);
  }

  private static Set<String> annotations(AnnotatedElement element) {
    Set<String> ids = new LinkedHashSet<>();
    Arrays.stream(element.getDeclaredAnnotationsByType(Verifies.class))
        .forEach(v -> ids.add(v.value()));
    return ids;
  }

  private record Outcome(TraceabilityGate.Outcome result, boolean gated) {}

  private static Outcome decideAndLog(String className, String method, String invocation,
      Set<String> cited, Set<String> evaluated, boolean testFailed) {
    TraceabilityGate.Outcome result =
        TraceabilityGate.decide(className, method, cited, evaluated, baseline());
    StringBuilder rows = new StringBuilder();
    for (String id : result.cited()) {
      rows.append(String.join("\t", className, method, invocation.replace('\t', ' '), id,
          evaluated.contains(id) ? "evaluated" : "not-evaluated",
          result.knownGaps().contains(id) ? "baselined" : "-",
          testFailed ? "test-failed" : "test-passed", String.join(",", evaluated))).append('\n');
    }
    log(rows.toString());
    return new Outcome(result, !testFailed);
  }

  private static GapBaseline baseline() {
    Optional<GapBaseline> loaded = baseline;
    if (loaded.isEmpty()) {
      loaded = Optional.of(GapBaseline.read(root()));
      baseline = loaded;
    }
    return loaded.get();
  }

  private static void log(String rows) {
    synchronized (LOCK) {
      Path file = root().resolve(LOG);
      try {
        Files.createDirectories(file.getParent());
        if (!logStarted) {
          Files.writeString(file, "class\tmethod\tinvocation\tid\tevaluated\tbaseline\ttest\t"
              + "evaluated-ids\n", StandardCharsets.UTF_8);
          logStarted = true;
        }
        Files.writeString(file, rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
