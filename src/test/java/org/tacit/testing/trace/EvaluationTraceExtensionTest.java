package org.tacit.testing.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tacit.verify.Check;
import org.tacit.verify.CheckEvaluations;

/**
 * {@link EvaluationTraceExtension} driven through its callbacks on a hand-made context (a
 * fixture method that JUnit never runs): the recording spans the test, the class collects what
 * its tests evaluated, and a citation without an evaluated check fails with the message naming
 * the cited and the evaluated IDs.
 */
class EvaluationTraceExtensionTest {

  /** The fixture: not a test, never discovered. */
  static final class Fixture {
    void citesWhatItDoesNotEvaluate() {
      Check.less("MS:eq-III.4", "fixture", 0.0, 1.0);
    }
  }

  @Test
  void theRecordingSpansTheTestAndTheClassCollectsItsEvaluations() throws Exception {
    Map<Object, Object> classStore = new HashMap<>();
    ExtensionContext classContext = context(Optional.empty(), Optional.empty(), classStore);
    ExtensionContext methodContext = context(Optional.of(classContext),
        Optional.of(Fixture.class.getDeclaredMethod("citesWhatItDoesNotEvaluate")),
        new HashMap<>());
    EvaluationTraceExtension extension = new EvaluationTraceExtension();
    extension.beforeEach(methodContext);
    new Fixture().citesWhatItDoesNotEvaluate();
    extension.afterEach(methodContext);
    assertThat(CheckEvaluations.isOpen()).isFalse();
    assertThat(classStore.values()).singleElement().asString().isEqualTo("[MS:eq-III.4]");
    CheckEvaluations.open();
  }

  @Test
  void aCitationWithoutAnEvaluatedCheckFailsTheTest() throws Exception {
    ExtensionContext methodContext = context(Optional.empty(),
        Optional.of(Fixture.class.getDeclaredMethod("citesWhatItDoesNotEvaluate")),
        new HashMap<>());
    String previous = System.getProperty("tacit.traceability", "enforce");
    System.setProperty("tacit.traceability", "enforce");
    try {
      assertThatThrownBy(() -> EvaluationTraceExtension.gate(methodContext,
          Set.of("MS:lem-III.2"), Set.of("MS:eq-III.4")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Fixture#citesWhatItDoesNotEvaluate cites MS:lem-III.2 but "
              + "evaluated no check labelled MS:lem-III.2; evaluated: [MS:eq-III.4]");
      EvaluationTraceExtension.gate(methodContext, Set.of("MS:eq-III.4"), Set.of("MS:eq-III.4"));
    } finally {
      System.setProperty("tacit.traceability", previous);
    }
  }

  /** A context of the fixture class (no method) or of one of its methods. */
  private static ExtensionContext context(Optional<ExtensionContext> parent,
      Optional<Method> method, Map<Object, Object> store) {
    ExtensionContext.Store storeProxy = (ExtensionContext.Store) Proxy.newProxyInstance(
        EvaluationTraceExtensionTest.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.Store.class}, (proxy, m, args) -> {
          if (m.getName().equals("getOrComputeIfAbsent") && args.length == 3) {
            @SuppressWarnings("unchecked")
            Function<Object, Object> create = (Function<Object, Object>) args[1];
            return store.computeIfAbsent(args[0], create);
          }
          throw new UnsupportedOperationException(m.getName());
        });
    return (ExtensionContext) Proxy.newProxyInstance(
        EvaluationTraceExtensionTest.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.class}, (proxy, m, args) -> {
          switch (m.getName()) {
            case "getParent":
              return parent;
            case "getTestMethod":
              return method;
            case "getRequiredTestMethod":
              return method.orElseThrow();
            case "getTestClass":
              return Optional.of(Fixture.class);
            case "getRequiredTestClass":
              return Fixture.class;
            case "getDisplayName":
              return method.map(Method::getName).orElse("Fixture");
            case "getExecutionException":
              return Optional.empty();
            case "getStore":
              return storeProxy;
            default:
              throw new UnsupportedOperationException(m.getName());
          }
        });
  }
}
