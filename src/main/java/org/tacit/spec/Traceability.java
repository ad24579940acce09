package org.tacit.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec-to-test traceability rules of the design brief, checked over a loaded {@link Spec} and
 * the scanned {@link TestCitation}s.
 *
 * <p>Problems reported (each one line starting with {@code file:line:}): a test citing a malformed
 * or unknown ID; a {@code verified} or {@code partial} item no test cites; a {@code verified} item
 * without a proof note; a {@code notes} path that does not exist; and the scanner's own problems.
 * Cost: linear in items plus citations.
 */
public final class Traceability {

  private final Spec spec;
  private final List<TestCitation> citations;
  private final List<String> problems;

  private Traceability(Spec spec, List<TestCitation> citations, List<String> problems) {
    this.spec = spec;
    this.citations = citations;
    this.problems = problems;
  }

  /** Loads {@code root/spec}, scans {@code root/src/test/java} and checks the rules. */
  public static Traceability check(Path root) {
    Spec spec = Spec.load(root.resolve("spec"));
    TestCitationScanner.Result scan =
        TestCitationScanner.scan(root, root.resolve("src").resolve("test").resolve("java"));
    return check(root, spec, scan);
  }

  /** Checks the rules for an already loaded spec and scan; {@code root} resolves notes paths. */
  public static Traceability check(Path root, Spec spec, TestCitationScanner.Result scan) {
    List<String> problems = new ArrayList<>(scan.problems());
    for (TestCitation citation : scan.citations()) {
      try {
        SpecId.parse(citation.specId());
      } catch (IllegalArgumentException e) {
        problems.add(citation.file() + ":" + citation.line() + ": " + e.getMessage());
        continue;
      }
      if (!spec.contains(citation.specId())) {
        problems.add(citation.file() + ":" + citation.line() + ": @Verifies names unknown spec ID "
            + citation.specId());
      }
    }
    Map<String, List<TestCitation>> byId = group(scan.citations());
    for (SpecItem item : spec.items()) {
      String id = item.id().toString();
      boolean checked = item.status() == SpecStatus.VERIFIED || item.status() == SpecStatus.PARTIAL;
      if (checked && !byId.containsKey(id)) {
        problems.add(item.location() + ": " + id + " is " + item.status().spelling()
            + " but no test carries @Verifies(\"" + id + "\")");
      }
      String notes = item.notes();
      if (item.status() == SpecStatus.VERIFIED && notes == null) {
        problems.add(item.location() + ": " + id
            + " is verified but has no 'notes' (a proof note in proofs-notes/)");
      }
      if (notes != null && !Files.isRegularFile(root.resolve(notes))) {
        problems.add(item.location() + ": " + id + ": notes file " + notes + " does not exist");
      }
    }
    return new Traceability(spec, scan.citations(), problems);
  }

  private static Map<String, List<TestCitation>> group(List<TestCitation> citations) {
    Map<String, List<TestCitation>> byId = new HashMap<>();
    for (TestCitation citation : citations) {
      byId.computeIfAbsent(citation.specId(), k -> new ArrayList<>()).add(citation);
    }
    return byId;
  }

  /** The spec checked. */
  public Spec spec() {
    return spec;
  }

  /** Every citation found. */
  public List<TestCitation> citations() {
    return List.copyOf(citations);
  }

  /** The tests citing {@code id}, in source order. */
  public List<TestCitation> testsOf(String id) {
    return group(citations).getOrDefault(id, List.of());
  }

  /** The problems; empty when every rule holds. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
