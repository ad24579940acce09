package org.tacit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link CheckEvaluations}: what an open recording sees, from any thread, and nothing else. */
class CheckEvaluationsTest {

  @Test
  void aRecordingSeesEveryCheckBuiltWhileOpenFromAnyThread() throws Exception {
    Check.less("MS:before", "outside", 0.0, 1.0);
    CheckEvaluations.open();
    Check.less("MS:main-thread", "inside", 0.0, 1.0);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Check> other = pool.submit(() -> Check.equal("MS:worker", "inside", 1.0, 1.0, 0.0));
      assertThat(other.get().holds()).isTrue();
    } finally {
      pool.shutdownNow();
    }
    var recorded = CheckEvaluations.close();
    Check.less("MS:after", "outside", 0.0, 1.0);
    assertThat(recorded).containsExactly("MS:main-thread", "MS:worker");
    assertThat(CheckEvaluations.isOpen()).isFalse();
  }

  @Test
  void openingStartsAnEmptyRecordingAndClosingWithoutOneIsEmpty() {
    CheckEvaluations.open();
    Check.less("MS:discarded", "inside", 0.0, 1.0);
    CheckEvaluations.open();
    assertThat(CheckEvaluations.isOpen()).isTrue();
    assertThat(CheckEvaluations.close()).isEmpty();
    assertThat(CheckEvaluations.close()).isEmpty();
  }
}
