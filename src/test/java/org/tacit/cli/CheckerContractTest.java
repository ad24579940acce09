package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacit.spec.Spec;
import org.tacit.spec.SpecItem;
import org.tacit.spec.SpecStatus;
import org.tacit.verify.Catalogue;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.Hypothesis;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/**
 * The checker contract, run over every checker a paper catalogue registers (one test body, every
 * implementation, as EJML runs one abstract test over every implementation):
 * <ol>
 *   <li>the entry's spec ID exists in {@code spec/}, belongs to its catalogue's paper and is
 *       {@code verified} or {@code partial};</li>
 *   <li>built-in instances meet the hypotheses and the verdict says so (it names at least one
 *       decided hypothesis, all of them met), and at least one check is evaluated and holds (an
 *       entry that may skip unconverged GD runs must meet them on at least one of the draws);</li>
 *   <li>the same seed gives the same verdict;</li>
 *   <li>a deliberately broken instance (one hypothesis violated) is reported as such: the verdict
 *       names that hypothesis as failed, carries no checks and does not hold.</li>
 * </ol>
 * Draws per entry: {@link #DRAWS} (GD-run entries: {@link #GD_DRAWS}, each is a full training run).
 */
class CheckerContractTest {

  /** Instances drawn per entry (and drawn twice for the determinism check). */
  private static final int DRAWS = 3;

  /** Instances drawn per GD-run entry (each one trains a network to convergence). */
  private static final int GD_DRAWS = 2;

  private static final Spec SPEC =
      Spec.load(Path.of(System.getProperty("tacit.root", ".")).resolve("spec"));

  static Stream<CatalogueEntry<?>> entries() {
    return Catalogues.entries().stream();
  }

  @Test
  void namesAreUniqueAndEveryCatalogueHasEntries() {
    Set<String> names = new HashSet<>();
    for (CatalogueEntry<?> entry : Catalogues.entries()) {
      assertThat(names.add(entry.name())).as("duplicate entry %s", entry.name()).isTrue();
    }
    for (Catalogue catalogue : Catalogues.all()) {
      assertThat(catalogue.entries()).as(catalogue.paper()).isNotEmpty();
      for (CatalogueEntry<?> entry : catalogue.entries()) {
        assertThat(entry.specId()).as(entry.name()).startsWith(catalogue.paper() + ":");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void specItemExistsAndIsChecked(CatalogueEntry<?> entry) {
    SpecItem item = SPEC.item(entry.specId()).orElse(null);
    assertThat(item).as("%s names %s, which is not in spec/", entry.name(), entry.specId())
        .isNotNull();
    assertThat(item.status()).as(entry.name())
        .isIn(SpecStatus.VERIFIED, SpecStatus.PARTIAL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void builtInInstancesMeetTheHypothesesAndAreChecked(CatalogueEntry<?> entry) {
    int draws = entry.skipsUnmetHypotheses() ? GD_DRAWS : DRAWS;
    SeededDraws source = new SeededDraws(seed(entry));
    int met = 0;
    for (int i = 0; i < draws; i++) {
      Verdict verdict = entry.runOnce(source);
      assertThat(verdict.specId()).isEqualTo(entry.specId());
      assertThat(verdict.hypotheses()).as("the verdict names the hypotheses it decided:\n%s",
          verdict.describe()).isNotEmpty();
      if (!verdict.hypothesesMet()) {
        assertThat(entry.skipsUnmetHypotheses()).as("a generator must meet the hypotheses:\n%s",
            verdict.describe()).isTrue();
        continue;
      }
      met++;
      assertThat(verdict.checks()).as(verdict.describe()).isNotEmpty();
      assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    }
    assertThat(met).as("instances of %s that met the hypotheses", entry.name()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void theSameSeedGivesTheSameVerdict(CatalogueEntry<?> entry) {
    long seed = seed(entry) + 1;
    Verdict first = entry.runOnce(new SeededDraws(seed));
    Verdict second = entry.runOnce(new SeededDraws(seed));
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void aBrokenInstanceIsReportedAsSuch(CatalogueEntry<?> entry) {
    for (long seed : List.of(seed(entry), seed(entry) + 2)) {
      Verdict verdict = entry.runViolation(new SeededDraws(seed));
      assertThat(verdict.holds()).as(verdict.describe()).isFalse();
      assertThat(verdict.checks()).as(verdict.describe()).isEmpty();
      Hypothesis failed = verdict.failedHypothesis().orElse(null);
      assertThat(failed).as("a failed hypothesis is named:\n%s", verdict.describe()).isNotNull();
      assertThat(failed.name()).as(verdict.describe())
          .startsWith(entry.violation().hypothesis());
    }
  }

  private static long seed(CatalogueEntry<?> entry) {
    return 0x5eedL ^ entry.name().hashCode();
  }
}
