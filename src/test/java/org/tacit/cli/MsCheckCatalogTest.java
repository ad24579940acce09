package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.cli.TacitMainTest.Run;

/**
 * The MS entries of {@code tacit check} for Lemma III.1 and Theorem II.2: built-in runs, a user's
 * linear system with hand-computed constants, and the exit code of a failed Assumption II.1.
 */
class MsCheckCatalogTest {

  @TempDir
  Path dir;

  private Path write(String json) throws Exception {
    Path file = dir.resolve("instance.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void builtInFamiliesHold() throws Exception {
    for (String id : new String[] {"MS:lem-III.1", "MS:thm-II.2a", "MS:thm-II.2b", "MS:def-I.5",
        "MS:rem-I.1"}) {
      Run r = TacitMainTest.run("check", id, "--count", "10");
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode row = r.json().path("checks").get(0);
      assertThat(row.path("specId").asText()).isEqualTo(id);
      assertThat(row.path("instances").asInt()).isEqualTo(10);
      assertThat(row.path("failures").asInt()).isZero();
    }
  }

  /**
   * A = [1, -1], y = 1: x* = (1, 0), S = {1}, N = {t (1, 1) : t >= 0}, so
   * rho = max -n_1 / n_2 = -1, rho~ = 1, rho^- = 0 (the example "x1 - x2 = 1 gives
   * rho = -1").
   */
  @Test
  void lemmaIII1OnAUsersSystem() throws Exception {
    Run r = TacitMainTest.run("check", "MS:lem-III.1", "--in",
        write("{\"A\": [[1, -1]], \"y\": [1]}").toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode rhoBelowOne = null;
    for (JsonNode check : r.json().path("checks")) {
      if (check.path("label").asText().equals("rho < 1")) {
        rhoBelowOne = check;
      }
    }
    assertThat(rhoBelowOne).isNotNull();
    assertThat(rhoBelowOne.path("lhs").asDouble()).isEqualTo(-1.0);
    assertThat(rhoBelowOne.path("exact").asBoolean()).isTrue();
  }

  /** A = [1, 1], y = 2: gradient descent from 0 ends at the minimum-norm solution (1, 1). */
  @Test
  void minimumNormLimitOnAUsersSystem() throws Exception {
    Run r = TacitMainTest.run("check", "MS:rem-I.1", "--in",
        write("{\"A\": [[1, 1]], \"y\": [2]}").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().path("holds").asBoolean()).isTrue();
    Run singular = TacitMainTest.run("check", "MS:rem-I.1", "--in",
        write("{\"A\": [[1, 1], [2, 2]], \"y\": [1, 2]}").toString());
    assertThat(singular.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(singular.err()).contains("full row rank");
  }

  @Test
  void assumptionFailureExitsThreeNamingThePart() throws Exception {
    Run r = TacitMainTest.run("check", "MS:lem-III.1", "--in",
        write("{\"A\": [[1, -1]], \"y\": [0]}").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(r.err()).contains("Assumption II.1(a)");
  }

  /**
   * The theorem entries read the generic form of their instance record (issue #13 point 2): a
   * bare linear system misses its fields, which is bad input naming the first one.
   */
  @Test
  void theoremEntriesReadTheirInstanceRecord() throws Exception {
    Run r = TacitMainTest.run("check", "MS:thm-II.2a", "--in",
        write("{\"A\": [[1, -1]], \"y\": [1]}").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(": instance: missing (expected {\"problem\": ");
  }
}
