package org.tacit.stepsize;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.LinearSystem;
import org.tacit.stepsize.check.DepthStabilityLemmaChecker;
import org.tacit.stepsize.check.DepthStableSolutionTheoremChecker;
import org.tacit.stepsize.check.DepthTwoStabilityLemmaChecker;
import org.tacit.stepsize.check.DepthTwoStableSolutionTheoremChecker;
import org.tacit.stepsize.check.GaussianConcentrationLemmaChecker;
import org.tacit.stepsize.check.LinearStabilityLemmaChecker;
import org.tacit.stepsize.check.LossRangeRemarkChecker;
import org.tacit.stepsize.check.PowerDifferenceLemmaChecker;
import org.tacit.stepsize.check.RademacherBoundRemarkChecker;
import org.tacit.stepsize.check.RealPowerDifferenceLemmaChecker;
import org.tacit.stepsize.check.SparseMomentBoundsChecker;
import org.tacit.stepsize.check.UvStabilityLemmaChecker;
import org.tacit.stepsize.check.UvStableSolutionTheoremChecker;
import org.tacit.stepsize.check.WeightedL1ChainChecker;
import org.tacit.stepsize.family.AppendixDFamilies;
import org.tacit.stepsize.family.ConvergedRunFamily;
import org.tacit.stepsize.family.PowerDifferenceFamilies;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.stepsize.model.ConcentrationTrial;
import org.tacit.stepsize.model.ConvergedRun;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkModel;
import org.tacit.stepsize.model.GaussianSetting;
import org.tacit.stepsize.model.LossRangeInstance;
import org.tacit.stepsize.model.MomentBoundsInstance;
import org.tacit.stepsize.model.PowerDifferenceInstance;
import org.tacit.stepsize.model.RademacherInstance;
import org.tacit.stepsize.model.RealPowerDifferenceInstance;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.training.TrainingResult;
import org.tacit.verify.Catalogue;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;

/**
 * The NRSS (seed 001, step-size stability) checkers: each with its built-in instances, its JSON
 * reader where a user's instance is accepted ({@link NrssInstanceJson}), and a broken instance
 * for the contract test.
 *
 * <p>The printed forms of erratum items ({@code StatementForm.PRINTED}) are deliberately not
 * registered: they fail by design, and {@code tacit check --all} reports only genuine failures.
 * The GD-run theorems (Lemma 2.3, Theorems 4.2, 6.2, B.1) count runs that do not converge within
 * their budget as skipped (a hypothesis no generator can guarantee).
 */
public final class NrssCatalogue implements Catalogue {

  @Override
  public String paper() {
    return "NRSS";
  }

  @Override
  public List<CatalogueEntry<?>> entries() {
    return List.of(
        CatalogueEntry.of("NRSS:lem-A.1",
            new CheckSuite<>(new PowerDifferenceLemmaChecker(), PowerDifferenceFamilies.exact()),
            NrssInstanceJson::powerDifference, new HypothesisViolation<>("p >= 1",
                draws -> new PowerDifferenceInstance(BigRational.of(draws.between(0, 9)),
                    BigRational.ONE, 0))),
        CatalogueEntry.of("NRSS:lem-A.1/real",
            new CheckSuite<>(new RealPowerDifferenceLemmaChecker(), PowerDifferenceFamilies.real()),
            NrssInstanceJson::realPowerDifference, new HypothesisViolation<>("a, b >= 0",
                draws -> new RealPowerDifferenceInstance(-1 - draws.uniform(), 1, 2))),
        CatalogueEntry.of("NRSS:lem-4.1",
            new CheckSuite<>(new DepthTwoStabilityLemmaChecker(), StabilityFamilies.depth(2, 2)),
            NrssInstanceJson::depthTwoSolution, notASolution(StabilityFamilies.depth(2, 2)
                ::draw)),
        CatalogueEntry.of("NRSS:lem-6.1",
            new CheckSuite<>(new DepthStabilityLemmaChecker(), StabilityFamilies.depth(2, 6)),
            NrssInstanceJson::depthSolution, notASolution(StabilityFamilies.depth(2, 6)::draw)),
        CatalogueEntry.of("NRSS:lem-C.1",
            new CheckSuite<>(new UvStabilityLemmaChecker(), StabilityFamilies.uv()),
            NrssInstanceJson::uvSolution, notASolution(StabilityFamilies.uv()::draw)),
        gradientDescentRuns("NRSS:lem-2.3", new CheckSuite<>(new LinearStabilityLemmaChecker(),
            ConvergedRunFamily.depth(2, 4)), new DepthDiagonalModel(2)),
        gradientDescentRuns("NRSS:thm-4.2", new CheckSuite<>(
            new DepthTwoStableSolutionTheoremChecker(), ConvergedRunFamily.depth(2, 2)),
            new DepthDiagonalModel(2)),
        gradientDescentRuns("NRSS:thm-6.2", new CheckSuite<>(
            new DepthStableSolutionTheoremChecker(), ConvergedRunFamily.depth(2, 4)),
            new DepthDiagonalModel(3)),
        gradientDescentRuns("NRSS:thm-B.1", new CheckSuite<>(
            new UvStableSolutionTheoremChecker(), ConvergedRunFamily.uv()), new UvDiagonalModel()),
        CatalogueEntry.of("NRSS:rem-D.7",
            new CheckSuite<>(new SparseMomentBoundsChecker(), AppendixDFamilies.momentBounds()),
            null, new HypothesisViolation<>("sigma^2 > 0", draws -> {
              MomentBoundsInstance valid = AppendixDFamilies.momentBounds().draw(draws);
              return new MomentBoundsInstance(valid.weights(), valid.means(), valid.beta(),
                  valid.sparsity(), valid.mean(), BigRational.ZERO);
            })),
        CatalogueEntry.of("NRSS:rem-D.6",
            new CheckSuite<>(new LossRangeRemarkChecker(), AppendixDFamilies.lossRange()),
            null, new HypothesisViolation<>("mu >= 0", draws -> {
              LossRangeInstance valid = AppendixDFamilies.lossRange().draw(draws);
              return new LossRangeInstance(valid.bound(), valid.radius(), BigRational.MINUS_ONE,
                  valid.variance(), valid.w(), valid.wStar(), valid.x());
            })),
        CatalogueEntry.of("NRSS:rem-D.8",
            new CheckSuite<>(new RademacherBoundRemarkChecker(), AppendixDFamilies.rademacher()),
            null, new HypothesisViolation<>("B > 0", draws -> {
              RademacherInstance valid = AppendixDFamilies.rademacher().draw(draws);
              return new RademacherInstance(valid.samples(), BigRational.ZERO, valid.mean(),
                  valid.radius());
            })),
        CatalogueEntry.of("NRSS:eq-48",
            new CheckSuite<>(new WeightedL1ChainChecker(), AppendixDFamilies.weightedChain()),
            null, new HypothesisViolation<>("every column mean m_i != 0",
                NrssCatalogue::zeroColumn)),
        CatalogueEntry.of("NRSS:lem-D.4",
            new CheckSuite<>(new GaussianConcentrationLemmaChecker(),
                AppendixDFamilies.gaussianConcentration()),
            null, new HypothesisViolation<>("mu >= t", draws -> {
              GaussianSetting valid = AppendixDFamilies.gaussianSetting(draws);
              GaussianSetting close = new GaussianSetting(valid.deviation() / 2,
                  valid.standardDeviation(), valid.dimension(), valid.samples(), valid.delta());
              return new ConcentrationTrial(close, AppendixDFamilies.CONCENTRATION_DATA_SETS,
                  draws.between(1, Integer.MAX_VALUE));
            })));
  }

  /**
   * A solution instance of {@code valid} whose labels are shifted by {@code 1 + |y_n|}: theta no
   * longer interpolates (the residual is at least 1 + |y_n| while the solution tolerance is
   * 1e-12 times the magnitudes).
   */
  private static HypothesisViolation<SolutionInstance> notASolution(
      Function<Draws, SolutionInstance> valid) {
    return new HypothesisViolation<>(SolutionInstance.SOLUTION, draws -> {
      SolutionInstance instance = valid.apply(draws);
      RegressionData data = instance.data();
      double[] shifted = data.labels().clone();
      for (int n = 0; n < shifted.length; n++) {
        shifted[n] += 1 + Math.abs(shifted[n]);
      }
      return new SolutionInstance(data.withLabels(shifted), instance.model(), instance.theta());
    });
  }

  /**
   * A GD-run entry: a run that does not converge within its budget misses the hypothesis
   * "GD converged" and is skipped; the broken instance is a run that did not converge.
   */
  private static CatalogueEntry<ConvergedRun> gradientDescentRuns(String name,
      CheckSuite<ConvergedRun> suite, DiagonalNetworkModel model) {
    return new CatalogueEntry<>(name, suite, null,
        new HypothesisViolation<>(ConvergedRun.CONVERGED, draws -> {
          RegressionData data = new RegressionData(1, 1, new double[] {1 + draws.uniform()},
              new double[] {1});
          double[] theta = new double[model.blocks()];
          Arrays.fill(theta, 0.5);
          return new ConvergedRun(data, model, 0.1, 0.5, new TrainingResult(false,
              TrainingResult.BUDGET, 10, 0.1, theta, 0.1), 1);
        }), true);
  }

  /** A weighted-chain instance whose first column is zero (its mean m_0 vanishes). */
  private static LinearSystem zeroColumn(Draws draws) {
    LinearSystem valid = AppendixDFamilies.weightedChain().draw(draws);
    BigRational[][] rows = new BigRational[valid.rows()][];
    for (int k = 0; k < valid.rows(); k++) {
      rows[k] = valid.a().row(k);
      rows[k][0] = BigRational.ZERO;
    }
    return new LinearSystem(RationalMatrix.of(rows), valid.y());
  }
}
