package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tacit.cli.TacitMainTest.Run;

/**
 * Entries whose every instance is a training run cap the default instance count of
 * {@code tacit check} (the ZG stage lemmas: 40 GD runs to interpolation instead of 200), say so
 * in the output, and a count the user gives is used as given (issue #13, check --all time).
 */
class CheckInstanceCapTest {

  @Test
  void aCappedEntryRunsItsCapByDefaultAndSaysWhy() throws Exception {
    Run capped = TacitMainTest.run("check", "ZG:lem-5.3");
    assertThat(capped.code()).as(capped.err()).isZero();
    JsonNode row = capped.json().path("checks").get(0);
    assertThat(row.path("instances").asInt()).isEqualTo(40);
    assertThat(row.path("capped").asText()).contains("GD to interpolation");
    assertThat(capped.err()).contains("capped at 40").contains("--count overrides");
  }

  @Test
  void aCountTheUserGivesIsUsedAsGiven() throws Exception {
    Run given = TacitMainTest.run("check", "ZG:lem-5.3", "--count", "2");
    assertThat(given.code()).as(given.err()).isZero();
    JsonNode row = given.json().path("checks").get(0);
    assertThat(row.path("instances").asInt()).isEqualTo(2);
    assertThat(row.has("capped")).isFalse();
    Run uncapped = TacitMainTest.run("check", "NRSS:lem-A.1", "--count", "3");
    assertThat(uncapped.json().path("checks").get(0).path("instances").asInt()).isEqualTo(3);
  }
}
