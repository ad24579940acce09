package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.experiment.Experiments;
import org.tacit.report.ReportWriter;
import org.tacit.report.Reproduction;
import org.tacit.spec.Traceability;

/**
 * The report's reproductions section (issue #13 point 11): every experiment is listed with its
 * command; the figures and tables of a run in the output directory are shown inline and attributed
 * to the experiment whose name is the longest prefix ({@code zg-fig1-medium.svg} is not
 * {@code zg-fig1}'s).
 */
class ReproductionIndexTest {

  @TempDir
  Path dir;

  @Test
  void filesGoToTheLongestMatchingExperimentAndTheReportShowsThem() throws Exception {
    Path report = dir.resolve("report");
    Files.createDirectories(report);
    for (String file : new String[] {"zg-fig1.svg", "zg-fig1.csv", "zg-fig1-medium.svg",
        "ms-rate-instance0.svg", "ms-rate.png", "zg-fig10.svg", "notes.txt"}) {
      Files.writeString(dir.resolve(file), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }
    List<Reproduction> reproductions = ReproductionIndex.scan(Experiments.all(), dir, report);
    assertThat(reproductions).extracting(Reproduction::name)
        .containsExactlyElementsOf(Experiments.all().stream().map(e -> e.name()).toList());
    Reproduction zg = named(reproductions, "zg-fig1");
    assertThat(zg.figures()).containsExactly("../zg-fig1.svg");
    assertThat(zg.tables()).containsExactly("../zg-fig1.csv");
    assertThat(named(reproductions, "zg-fig1-medium").figures())
        .containsExactly("../zg-fig1-medium.svg");
    assertThat(named(reproductions, "ms-rate").figures())
        .containsExactly("../ms-rate-instance0.svg");
    assertThat(named(reproductions, "tdr-fig9").figures()).isEmpty();

    ReportWriter writer = new ReportWriter(Traceability.check(Roots.repositoryRoot()), Map.of())
        .withReproductions(reproductions);
    String html = writer.html();
    assertThat(html).contains("<h2 id=\"reproductions\">Reproductions</h2>")
        .contains("<img src=\"../zg-fig1-medium.svg\"")
        .contains("<a href=\"../zg-fig1.csv\">")
        .contains("tacit reproduce tdr-fig9 [--scale tiny]</code> (not run here yet)");
    assertThat(writer.markdown()).contains("![zg-fig1](../zg-fig1.svg)");
    assertThat(new ReportWriter(Traceability.check(Roots.repositoryRoot()), Map.of()).html())
        .doesNotContain("Reproductions");
  }

  private static Reproduction named(List<Reproduction> list, String name) {
    return list.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
