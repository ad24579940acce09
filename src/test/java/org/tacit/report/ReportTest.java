package org.tacit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.spec.SpecId;
import org.tacit.verify.MarginLog;
import org.tacit.verify.MarginStats;

/** The verification report and the build step that writes it. */
class ReportTest {

  @TempDir
  Path root;

  private void writeSpec(String verifiedStatus) throws Exception {
    Files.createDirectories(root.resolve("spec"));
    Files.createDirectories(root.resolve("proofs-notes"));
    Files.writeString(root.resolve("proofs-notes/a.md"), "note");
    for (String paper : SpecId.PAPER_KEYS) {
      String items = paper.equals("MS")
          ? "  - id: MS:thm-1\n    kind: thm\n    title: \"Bound <a|b>\"\n    statement: s\n"
              + "    status: " + verifiedStatus + "\n    notes: proofs-notes/a.md\n    why: w\n"
              + "    erratum:\n      counterexample: \"A = [1, -3] <exact>\"\n"
              + "      corrected: \"the bound with 2\"\n"
              + "  - id: MS:lem-2\n    kind: lem\n    statement: s\n    status: planned\n    why: later\n"
          : "  - id: " + paper + ":def-1\n    kind: def\n    statement: s\n    status: not-checkable\n"
              + "    why: informal\n";
      Files.writeString(root.resolve("spec/" + paper + ".yaml"),
          "paper: " + paper + "\nitems:\n" + items);
    }
    Path tests = Files.createDirectories(root.resolve("src/test/java/x"));
    Files.writeString(tests.resolve("ATest.java"),
        "package x;\nclass ATest {\n  @Verifies(\"MS:thm-1\")\n  void bound() {}\n}\n");
  }

  @Test
  void writesMarkdownAndHtmlWithStatusesTestsAndMargins() throws Exception {
    writeSpec("verified");
    MarginLog.write(root.resolve("margins"), "t", List.of(
        new MarginStats("MS:thm-1", 40, 0, 0.125, "upper <bound>", "ATest")));
    ReportMain.main(new String[] {"--root", root.toString(), "--margins",
        root.resolve("margins").toString(), "--out", root.resolve("out").toString()});
    String md = Files.readString(root.resolve("out/report.md"));
    assertThat(md).contains("| MS | 2 | 1 | 0 | 1 | 0 | 40 | 0 |")
        .contains("| ZG | 1 | 0 | 0 | 0 | 1 | 0 | 0 |")
        .contains("| MS:thm-1 | Bound <a\\|b> | verified | ATest#bound | 40 | 0 | 1.250e-01 | upper <bound> |")
        .contains("| MS:lem-2 |  | planned |  |  |  |  |  |")
        .contains("## Traceability problems\n\nNone.");
    assertThat(md).contains("## Errata\n\n### MS:thm-1: Bound <a\\|b>\n\n- printed: s\n"
        + "- counterexample: A = [1, -3] <exact>\n- corrected: the bound with 2\n"
        + "- tests: ATest#bound\n- proof note: proofs-notes/a.md\n");
    String html = Files.readString(root.resolve("out/index.html"));
    assertThat(html).contains("Bound &lt;a|b&gt;").contains("<td>40</td>")
        .contains("class=\"verified\"").doesNotContain("<bound>");
    // the erratum section, linked from the item's row; planned rows hidden until asked for
    assertThat(html).contains("<h3 id=\"erratum-MS:thm-1\">")
        .contains("A = [1, -3] &lt;exact&gt;").contains("<a href=\"#erratum-MS:thm-1\">erratum</a>")
        .contains("<body class=\"hide-planned\">").contains("id=\"show-planned\"")
        .contains(".hide-planned tr.planned{display:none}");
    // issue #13 point 11: proof notes and test sources linked relative to the report's folder
    assertThat(html).contains("<a href=\"../proofs-notes/a.md\">proofs-notes/a.md</a>")
        .contains("<a href=\"../src/test/java/x/ATest.java#L3\">ATest#bound</a>");
  }

  @Test
  void failsTheBuildOnTraceabilityProblemsOrFailedInstancesAfterWritingTheReport()
      throws Exception {
    writeSpec("partial");
    Files.writeString(root.resolve("src/test/java/x/ATest.java"), "package x;\nclass ATest {}\n");
    String[] args = {"--root", root.toString(), "--margins", root.resolve("m").toString(),
        "--out", root.resolve("out").toString()};
    assertThatThrownBy(() -> ReportMain.main(args)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MS:thm-1 is partial but no test carries");
    assertThat(root.resolve("out/index.html")).exists();
    String md = Files.readString(root.resolve("out/report.md"));
    assertThat(md).contains("- spec/MS.yaml:");

    writeSpec("planned");
    MarginLog.write(root.resolve("m"), "t", List.of(
        new MarginStats("MS:thm-1", 3, 2, -0.5, "x", "ATest")));
    assertThatThrownBy(() -> ReportMain.main(args)).hasMessageContaining("failed instances: 2");
    assertThat(Files.readString(root.resolve("out/index.html"))).contains("class=\"fail\">2<");
    assertThatThrownBy(() -> ReportMain.main(new String[] {"--bogus", "x"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void escapesHtml() {
    assertThat(ReportWriter.escape("<a href=\"x\">&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    assertThat(new ReportWriter(org.tacit.spec.Traceability.check(root.resolve("nope"),
        org.tacit.spec.Spec.of(List.of()), new org.tacit.spec.TestCitationScanner.Result(
            List.of(), List.of())), Map.of()).markdown()).contains("| ZG | 0 |");
  }
}
