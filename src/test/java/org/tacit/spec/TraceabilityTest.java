package org.tacit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's traceability gate (design brief): every spec file is well formed, every
 * {@code @Verifies} names a known item, every verified or partial item has a test, every verified
 * item has a proof note. Also cross-checks the text scan against reflection over the compiled
 * test classes, so the scan cannot silently miss annotations.
 */
class TraceabilityTest {

  private static Path root() {
    return Paths.get(System.getProperty("tacit.root", "."));
  }

  @Test
  void theRepositoryMeetsEveryTraceabilityRule() {
    Traceability traceability = Traceability.check(root());
    assertThat(traceability.problems()).as("traceability problems").isEmpty();
    for (String paper : SpecId.PAPER_KEYS) {
      assertThat(traceability.spec().paper(paper)).as("items of " + paper).isNotEmpty();
      assertThat(traceability.spec().citation(paper)).as("citation of " + paper).isPresent();
    }
  }

  @Test
  void textScanAgreesWithReflection() throws Exception {
    List<String> reflected = new ArrayList<>();
    Path classes = root().resolve("target/test-classes");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      String name = classes.relativize(file).toString().replace(".class", "")
          .replace(file.getFileSystem().getSeparator(), ".");
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      for (Verifies v : type.getDeclaredAnnotationsByType(Verifies.class)) {
        reflected.add(v.value() + " " + outer(type) + " (class)");
      }
      for (Method method : type.getDeclaredMethods()) {
        for (Verifies v : method.getDeclaredAnnotationsByType(Verifies.class)) {
          reflected.add(v.value() + " " + outer(type) + " " + method.getName());
        }
      }
    }
    List<String> scanned = TestCitationScanner.scan(root(), root().resolve("src/test/java"))
        .citations().stream()
        .map(c -> c.specId() + " " + c.className() + " " + c.member()).toList();
    assertThat(scanned).containsExactlyInAnyOrderElementsOf(reflected);
    assertThat(scanned).isNotEmpty();
  }

  private static String outer(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return top.getName();
  }

  @Test
  void reportsEachKindOfTraceabilityProblem(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("proofs-notes"));
    Files.writeString(dir.resolve("proofs-notes/ok.md"), "note");
    List<SpecItem> items = List.of(
        item("MS:thm-1", SpecStatus.VERIFIED, "proofs-notes/ok.md", 5),
        item("MS:thm-2", SpecStatus.VERIFIED, null, 10),
        item("MS:thm-3", SpecStatus.PARTIAL, "proofs-notes/missing.md", 15),
        item("MS:thm-4", SpecStatus.PLANNED, null, 20));
    TestCitationScanner.Result scan = new TestCitationScanner.Result(List.of(
        new TestCitation("MS:thm-1", "a.T", "m", "src/test/java/a/T.java", 3),
        new TestCitation("MS:thm-2", "a.T", "m", "src/test/java/a/T.java", 4),
        new TestCitation("MS:thm-99", "a.T", "m", "src/test/java/a/T.java", 5),
        new TestCitation("bogus", "a.T", "m", "src/test/java/a/T.java", 6)),
        List.of("src/test/java/a/T.java:7: scanner problem"));
    Traceability traceability = Traceability.check(dir, Spec.of(items), scan);
    assertThat(traceability.problems()).containsExactlyInAnyOrder(
        "src/test/java/a/T.java:7: scanner problem",
        "src/test/java/a/T.java:5: @Verifies names unknown spec ID MS:thm-99",
        "src/test/java/a/T.java:6: malformed spec ID 'bogus' (expected KEY:kind-number, KEY in "
            + SpecId.PAPER_KEYS + ", kind in " + SpecId.KINDS + ")",
        "spec/MS.yaml:10: MS:thm-2 is verified but has no 'notes' (a proof note in proofs-notes/)",
        "spec/MS.yaml:15: MS:thm-3 is partial but no test carries @Verifies(\"MS:thm-3\")",
        "spec/MS.yaml:15: MS:thm-3: notes file proofs-notes/missing.md does not exist");
    assertThat(traceability.testsOf("MS:thm-1")).hasSize(1);
    assertThat(traceability.testsOf("MS:thm-4")).isEmpty();
    assertThat(traceability.citations()).hasSize(4);
  }

  @Test
  void aMissingSpecFileIsReported(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Spec.load(dir))
        .isInstanceOf(SpecFormatException.class).hasMessage("spec/ZG.yaml:1: spec file is missing");
  }

  private static SpecItem item(String id, SpecStatus status, String notes, int line) {
    return new SpecItem(SpecId.parse(id), "", "", "s", "", status,
        status == SpecStatus.VERIFIED ? "" : "w", notes, null, null, "spec/MS.yaml", line);
  }
}
