package org.tacit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.MarginLog;
import org.tacit.verify.MarginStats;
import org.tacit.verify.Verdict;

/**
 * The property layer itself: a false statement fails with the verdict, the shrunk instance and
 * the seed; a true one records its margins; the same seed draws the same instances.
 */
class PropertyHarnessTest {

  @TempDir
  Path dir;

  private String previous = "";

  @BeforeEach
  void redirectMargins() {
    previous = System.getProperty("tacit.margins.dir", "");
    System.setProperty("tacit.margins.dir", dir.toString());
  }

  @AfterEach
  void restoreMargins() {
    if (previous.isEmpty()) {
      System.clearProperty("tacit.margins.dir");
    } else {
      System.setProperty("tacit.margins.dir", previous);
    }
  }

  /** Integers 0..1000; the (false) claim n <= 500 fails and shrinks to 501. */
  private static final InstanceFamily<Long> NUMBERS = new InstanceFamily<>() {
    @Override
    public String name() {
      return "n in [0, 1000]";
    }

    @Override
    public Long draw(Draws draws) {
      return draws.between(0, 1000);
    }
  };

  @Test
  void aFalseStatementFailsWithVerdictShrunkInstanceAndSeed() {
    assertThatThrownBy(() -> PropertyHarness.forAll("harness self-test false", NUMBERS,
        n -> Verdict.of("NRSS:lem-A.1", "n=" + n,
            List.of(Check.lessOrEqual("NRSS:lem-A.1", "n <= 500", n, 500.0, 0))), 200))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("n <= 500")
        .hasMessageContaining("FAILED")
        .hasMessageContaining("-Dtacit.seed=" + PropertyHarness.seedFor("harness self-test false"))
        .hasMessageContaining("501");
    Map<String, MarginStats> recorded = MarginLog.readAll(dir);
    assertThat(recorded.get("NRSS:lem-A.1").failures()).isPositive();
  }

  @Test
  void aTrueStatementRecordsInstancesAndWorstMargin() {
    PropertyHarness.forAll("harness self-test true", NUMBERS,
        n -> Verdict.of("NRSS:lem-A.1", "n=" + n,
            List.of(Check.lessOrEqual("NRSS:lem-A.1", "n <= 2000", n, 2000.0, 0))), 50);
    MarginStats stats = MarginLog.readAll(dir).get("NRSS:lem-A.1");
    assertThat(stats.failures()).isZero();
    assertThat(stats.instances()).isBetween(1L, 50L);
    assertThat(stats.worstMargin()).isBetween(0.5, 1.0);
  }

  @Test
  void seedsAreStablePerNameAndOverridable() {
    assertThat(PropertyHarness.seedFor("a")).isEqualTo(PropertyHarness.seedFor("a"))
        .isNotEqualTo(PropertyHarness.seedFor("b"));
    System.setProperty("tacit.seed", "42");
    try {
      assertThat(PropertyHarness.seedFor("a")).isEqualTo(42);
    } finally {
      System.clearProperty("tacit.seed");
    }
    assertThat(PropertyHarness.tries()).isPositive();
  }
}
