package org.tacit.benign;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.check.GradientFlowLimitRemarkChecker;
import org.tacit.benign.family.FlowLimitFamilies;
import org.tacit.benign.model.FlowLimitInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered ZG checkers of the gradient-flow limits: model (1) against its flow limit
 * (ZG-DER-MIRROR) and the {@code w^2 - u^2} baseline's limits at small and large initialization.
 */
final class FlowEntries {

  private FlowEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of(GradientFlowLimitRemarkChecker.SPEC_ID,
        new CheckSuite<>(new GradientFlowLimitRemarkChecker(), FlowLimitFamilies.smallGaussian()),
        null,
        new HypothesisViolation<>("X has full row rank", FlowEntries::repeatedRow)));
    return List.copyOf(entries);
  }

  /** A drawn instance whose second row repeats the first (rank deficient). */
  private static FlowLimitInstance repeatedRow(Draws draws) {
    FlowLimitInstance drawn = FlowLimitFamilies.smallGaussian().draw(draws);
    int d = drawn.dimension();
    double[] x = drawn.x();
    double[] y = drawn.y();
    System.arraycopy(x, 0, x, d, d);
    y[1] = y[0];
    return new FlowLimitInstance(x, drawn.samples(), d, y, drawn.lambda(), drawn.alpha(),
        drawn.eta());
  }
}
