package org.tacit.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MutationSummary} on a hand-written PIT mutations.xml fixture (six mutants). */
class MutationSummaryTest {

  private static final String PREFIX = "org.pitest.mutationtest.engine.gregor.mutators.";

  private static String mutation(String status, String clazz, String method, int line,
      String mutator, String description) {
    return "<mutation detected='" + !status.equals("SURVIVED") + "' status='" + status
        + "' numberOfTestsRun='1'><sourceFile>X.java</sourceFile><mutatedClass>" + clazz
        + "</mutatedClass><mutatedMethod>" + method + "</mutatedMethod><methodDescription>()V"
        + "</methodDescription><lineNumber>" + line + "</lineNumber><mutator>" + PREFIX + mutator
        + "</mutator><indexes><index>1</index></indexes><blocks><block>0</block></blocks>"
        + "<killingTest/><description>" + description + "</description></mutation>\n";
  }

  private static final String FIXTURE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations>\n"
      + mutation("KILLED", "org.tacit.lp.A", "f", 10, "MathMutator", "Replaced double addition with subtraction")
      + mutation("KILLED", "org.tacit.lp.A", "g", 11, "NegateConditionalsMutator", "negated conditional")
      + mutation("SURVIVED", "org.tacit.lp.A", "h", 12, "MathMutator", "Replaced integer multiplication with division")
      + mutation("SURVIVED", "org.tacit.lp.B", "k", 20, "ConditionalsBoundaryMutator", "changed conditional boundary")
      + mutation("NO_COVERAGE", "org.tacit.lp.B", "m", 30, "returns.NullReturnValsMutator", "replaced return value with null")
      + mutation("TIMED_OUT", "org.tacit.lp.B", "n", 40, "IncrementsMutator", "Changed increment from 1 to -1")
      + "</mutations>\n";

  @Test
  void countsEachStatusSeparatelyAndListsSurvivorsAndEquivalents(@TempDir Path dir)
      throws IOException {
    Path reports = dir.resolve("mutation");
    Files.createDirectories(reports.resolve("lp"));
    Files.writeString(reports.resolve("lp/mutations.xml"), FIXTURE);
    Path tsv = dir.resolve("equivalent.tsv");
    Files.writeString(tsv, "# class\tmethod\tmutator\tline\tdescription\treason\n\n"
        + "org.tacit.lp.B\tk\tConditionalsBoundaryMutator\t*\tchanged conditional boundary\t"
        + "ties give the same maximum\n");
    List<MutationSummary.Mutant> mutants = MutationSummary.readMutants(
        reports.resolve("lp/mutations.xml"));
    assertThat(mutants).hasSize(6);
    assertThat(mutants.get(3).mutatorName()).isEqualTo("ConditionalsBoundaryMutator");
    assertThat(mutants.get(3).line()).isEqualTo(20);
    MutationSummary.PackageCounts counts = MutationSummary.count("lp", mutants,
        MutationSummary.readEquivalents(tsv));
    assertThat(counts).isEqualTo(new MutationSummary.PackageCounts("lp", 6, 2, 2, 1, 1, 0, 1));
    // killed 2 of 6 - 1 equivalent; PIT: (2 + 1) / 6
    assertThat(counts.score()).isEqualTo(0.4);
    assertThat(counts.pitScore()).isEqualTo(0.5);

    Path out = dir.resolve("out/summary.md");
    MutationSummary.main(new String[] {"--reports", reports.toString(), "--equivalent",
        tsv.toString(), "--out", out.toString()});
    String summary = Files.readString(out);
    assertThat(summary).contains("| lp | 6 | 2 | 2 | 1 | 1 | 0 | 1 | 40.0% | 50.0% |");
    assertThat(summary).contains("- lp: SURVIVED org.tacit.lp.A.h:12 MathMutator");
    assertThat(summary).contains("- lp: NO_COVERAGE org.tacit.lp.B.m:30 NullReturnValsMutator");
    assertThat(summary).contains("org.tacit.lp.B.k:20 ConditionalsBoundaryMutator"
        + " (changed conditional boundary) — ties give the same maximum");
    assertThat(summary).doesNotContain("- lp: SURVIVED org.tacit.lp.B.k");
  }

  @Test
  void rejectsDoctypesAndBadEquivalentLines(@TempDir Path dir) throws IOException {
    Path xml = dir.resolve("mutations.xml");
    Files.writeString(xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
        + "<mutations>&e;</mutations>\n");
    assertThatThrownBy(() -> MutationSummary.readMutants(xml)).isInstanceOf(IOException.class);
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "org.tacit.lp.B\tk\tMathMutator\t*\tdescription\n");
    assertThatThrownBy(() -> MutationSummary.readEquivalents(tsv))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyReportsDirectoryGivesAnEmptyTable(@TempDir Path dir) throws IOException {
    String summary = MutationSummary.summarize(dir.resolve("none"), dir.resolve("none.tsv"));
    assertThat(summary).contains("| package | mutants |").contains("none\n");
  }
}
