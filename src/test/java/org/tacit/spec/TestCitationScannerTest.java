package org.tacit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text scan of @Verifies annotations. */
class TestCitationScannerTest {

  @Test
  void findsMethodAndClassCitationsAndSkipsComments() {
    String source = String.join("\n",
        "package a;",
        "@Verifies(\"MS:lem-III.1\")",
        "class FooTest {",
        "  // @Verifies(\"MS:thm-9\") commented out",
        "  /* @Verifies(\"MS:thm-8\")",
        "     still a comment */",
        "  String s = \"@Verifies(\\\"MS:thm-7\\\") in a string\";",
        "  char q = '\"';",
        "  @Test",
        "  @Verifies(\"MS:thm-II.2a\")",
        "  @Verifies(value = \"MS:eq-III.4\")",
        "  @org.tacit.spec.Verifies(\"MS:rem-II.1\")",
        "  void upperBound() {}",
        "  @Verifies(SOME_CONSTANT)",
        "  void bad() {}",
        "  @Verifies",
        "  void bad2() {}",
        "}");
    List<TestCitation> citations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    TestCitationScanner.scanSource(source, "src/test/java/a/FooTest.java", "a.FooTest",
        citations, problems);
    assertThat(citations).extracting(TestCitation::specId)
        .containsExactly("MS:lem-III.1", "MS:thm-II.2a", "MS:eq-III.4", "MS:rem-II.1");
    assertThat(citations.get(0).member()).isEqualTo("(class)");
    assertThat(citations.get(0).testName()).isEqualTo("FooTest");
    assertThat(citations.get(1).member()).isEqualTo("upperBound");
    assertThat(citations.get(1).testName()).isEqualTo("FooTest#upperBound");
    assertThat(citations.get(1).line()).isEqualTo(10);
    assertThat(problems).containsExactly(
        "src/test/java/a/FooTest.java:14: @Verifies must have a single string-literal argument, "
            + "e.g. @Verifies(\"MS:lem-III.1\")",
        "src/test/java/a/FooTest.java:16: @Verifies needs a spec ID argument");
  }

  @Test
  void scansATreeWithRelativePaths(@TempDir Path root) throws Exception {
    Path dir = Files.createDirectories(root.resolve("src/test/java/p"));
    Files.writeString(dir.resolve("XTest.java"),
        "package p;\nclass XTest {\n  @Verifies(\"ZG:thm-1.1\")\n  void x() {}\n}\n");
    Files.writeString(dir.resolve("notes.txt"), "@Verifies(\"ZG:thm-9\")");
    TestCitationScanner.Result result =
        TestCitationScanner.scan(root, root.resolve("src/test/java"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.citations()).singleElement().satisfies(c -> {
      assertThat(c.className()).isEqualTo("p.XTest");
      assertThat(c.file()).isEqualTo("src/test/java/p/XTest.java");
      assertThat(c.line()).isEqualTo(3);
    });
    assertThat(TestCitationScanner.scan(root, root.resolve("absent")).citations()).isEmpty();
  }
}
