package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** The Section 7 generator: planted predictor, reproducibility, sample moments. */
class SectionSevenDataTest {

  @Test
  @Verifies("NRSS:rem-7.1")
  void plantedPredictorAndReproducibility() {
    SectionSevenData defaults = SectionSevenData.defaults();
    assertThat(defaults).isEqualTo(new SectionSevenData(100, 50, 5, 5.0, 5.0, 0.01));
    SectionSevenData.Sample sample = defaults.sample(42);
    double[] beta = sample.plantedPredictor();
    int support = 0;
    double l1 = 0;
    double l2 = 0;
    for (double b : beta) {
      if (b != 0) {
        support++;
        assertThat(b).isEqualTo(1 / Math.sqrt(5));
      }
      l1 += Math.abs(b);
      l2 += b * b;
    }
    assertThat(support).isEqualTo(5);
    assertThat(l2).isCloseTo(1, within(1e-15));
    assertThat(l1).isCloseTo(Math.sqrt(5), within(1e-14));
    assertThat(sample.data().samples()).isEqualTo(50);
    assertThat(sample.data().dimension()).isEqualTo(100);
    SectionSevenData.Sample again = defaults.sample(42);
    assertThat(again.data()).isEqualTo(sample.data());
    assertThat(again.plantedPredictor()).containsExactly(beta);
    assertThat(defaults.sample(43).data()).isNotEqualTo(sample.data());
    assertThatThrownBy(() -> new SectionSevenData(10, 5, 11, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SectionSevenData(10, 5, 1, 0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Sample moments at N d = 2e5 entries: the mean of all entries has standard deviation
   * sigma / sqrt(N d) ~ 5e-3, their variance about sigma^2 sqrt(2 / (N d)) ~ 1.6e-2; the label
   * noise variance (N = 2000 residuals) about 0.01 sqrt(2/2000) ~ 3e-4. Bounds at 6 standard
   * deviations.
   */
  @Test
  @Verifies("NRSS:rem-7.1")
  void sampleMomentsMatchTheModel() {
    SectionSevenData model = new SectionSevenData(100, 2000, 5, 5.0, 5.0, 0.01);
    SectionSevenData.Sample sample = model.sample(7);
    double[] x = sample.data().features();
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double mean = sum / x.length;
    double squares = 0;
    for (double v : x) {
      squares += (v - mean) * (v - mean);
    }
    assertThat(mean).isCloseTo(5, within(6 * Math.sqrt(5.0 / x.length)));
    assertThat(squares / x.length).isCloseTo(5, within(6 * 5 * Math.sqrt(2.0 / x.length)));
    double[] clean = sample.data().times(sample.plantedPredictor());
    double noise = 0;
    for (int n = 0; n < clean.length; n++) {
      double r = sample.data().labels()[n] - clean[n];
      noise += r * r;
    }
    assertThat(noise / clean.length).isCloseTo(0.01, within(6 * 0.01 * Math.sqrt(2.0 / 2000)));
    RegressionData test = model.testSet(sample.plantedPredictor(), 10, new SeededDraws(1));
    assertThat(test.samples()).isEqualTo(10);
    assertThatThrownBy(() -> model.testSet(new double[3], 10, new SeededDraws(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
