package org.tacit.testing.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * The checked-in {@code spec/traceability-gaps.tsv} is well formed and every row names a test
 * method (or class) that still cites its ID, in one of the documented categories: a row cannot
 * outlive its test or citation. (A row whose test now evaluates the ID fails that test itself,
 * see {@link TraceabilityGate}.)
 */
class GapBaselineTest {

  /** The reason categories, documented in proofs-notes/traceability-to-the-check.md. */
  static final Set<String> CATEGORIES = Set.of("asserts-directly", "checks-other-id",
      "hypothesis-only", "expects-exception", "class-level");

  @Test
  void everyBaselineRowNamesALiveCitationInADocumentedCategory() throws Exception {
    GapBaseline baseline =
        GapBaseline.read(Paths.get(System.getProperty("tacit.root", ".")));
    List<String> problems = new ArrayList<>();
    for (GapBaseline.Row row : baseline.rows()) {
      if (!CATEGORIES.contains(row.category())) {
        problems.add(row.key() + ": unknown category " + row.category());
      }
      Class<?> type = Class.forName(row.className(), false, getClass().getClassLoader());
      List<AnnotatedElement> elements = new ArrayList<>();
      if (row.method().equals(GapBaseline.CLASS_LEVEL)) {
        elements.add(type);
      } else {
        for (Method method : type.getDeclaredMethods()) {
          if (method.getName().equals(row.method())) {
            elements.add(method);
          }
        }
      }
      boolean cites = elements.stream().anyMatch(e -> Arrays.stream(
          e.getDeclaredAnnotationsByType(Verifies.class)).anyMatch(v -> v.value().equals(row.id())));
      if (!cites) {
        problems.add(row.key() + ": no such citation (remove the row)");
      }
    }
    assertThat(problems).isEmpty();
  }
}
