package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.cli.TacitMainTest.Run;

/**
 * Margins and tolerances in the output of {@code tacit check} (issue #13, point 6): the worst
 * margin covers every check of a verdict and is never NaN; every check states its tolerance; a
 * verdict that holds only thanks to a tolerance is reported as "within tol", distinct from
 * "holds".
 */
class CheckMarginsTest {

  @TempDir
  Path dir;

  /**
   * A = [1, -1], y = 1 (rho = -1): every check of Lemma III.1 is exact and holds, so every margin
   * is >= 0, and the exact equalities (attainment, scale invariance, the dual LP) have margin 0:
   * the worst margin is exactly 0. The lemma's checks carry the IDs of its parts (III.1i, III.1ii),
   * so a worst margin over the item's own ID alone would be empty (it was printed as "NaN").
   */
  @Test
  void worstMarginCoversEveryCheckAndEachCheckStatesItsTolerance() throws Exception {
    Path file = dir.resolve("system.json");
    Files.writeString(file, "{\"A\": [[1, -1]], \"y\": [1]}");
    Run r = TacitMainTest.run("check", "MS:lem-III.1", "--in", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.path("worstMargin").isNumber()).as(json.toString()).isTrue();
    assertThat(json.path("worstMargin").asDouble()).isZero();
    assertThat(json.path("withinTolerance").asBoolean()).isFalse();
    assertThat(json.path("checks").size()).isPositive();
    for (JsonNode check : json.path("checks")) {
      assertThat(check.path("tolerance").isNumber()).as(check.toString()).isTrue();
      assertThat(check.path("exact").asBoolean()).isTrue();
      assertThat(check.path("tolerance").asDouble()).isZero();
      assertThat(check.path("margin").asDouble()).isGreaterThanOrEqualTo(0.0);
      assertThat(check.path("withinTolerance").asBoolean()).isFalse();
    }
  }

  /**
   * Lemma 4.1's proof steps include equalities between two double-precision evaluations of
   * lambda_max (eq-19, eq-21), whose rounding discrepancies give negative margins that the
   * spectral tolerance 1e-9 admits: the entry is "within tol", not "holds", and its worst margin
   * lies in [-1e-9, 0) (a check that holds has margin >= -tolerance). Lemma A.1 is exact: "holds"
   * with margins >= 0.
   */
  @Test
  void holdsWithinToleranceIsReportedDistinctly() throws Exception {
    Run doubles = TacitMainTest.run("check", "NRSS:lem-4.1", "--count", "30");
    assertThat(doubles.code()).as(doubles.err()).isZero();
    JsonNode row = doubles.json().path("checks").get(0);
    assertThat(row.path("failures").asInt()).isZero();
    assertThat(row.path("withinTolerance").asInt()).isPositive();
    assertThat(row.path("worstMargin").asDouble()).isNegative().isGreaterThanOrEqualTo(-1e-9);
    assertThat(tableLine(doubles.err(), "NRSS:lem-4.1")).contains("within tol")
        .doesNotContain(" holds ");

    Run exact = TacitMainTest.run("check", "NRSS:lem-A.1", "--count", "30");
    assertThat(exact.code()).as(exact.err()).isZero();
    JsonNode exactRow = exact.json().path("checks").get(0);
    assertThat(exactRow.path("withinTolerance").asInt()).isZero();
    assertThat(exactRow.path("worstMargin").asDouble()).isGreaterThanOrEqualTo(0.0);
    assertThat(tableLine(exact.err(), "NRSS:lem-A.1")).contains(" holds ");
  }

  private static String tableLine(String err, String name) {
    return err.lines().filter(line -> line.startsWith(name + " ")).findFirst().orElse("");
  }
}
