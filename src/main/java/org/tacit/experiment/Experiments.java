package org.tacit.experiment;

import java.util.List;
import java.util.Optional;

/**
 * The reproductions {@code tacit reproduce} knows.
 */
public final class Experiments {

  private Experiments() {}

  /** Every experiment, in listing order. */
  public static List<Experiment> all() {
    return List.of(new GradientDescentStepExperiment(), new MsRateExperiment(),
        new MsRhoGaussianExperiment(), new NrssFigureOneExperiment(),
        new NrssFigureTwoExperiment(), NrssFigureOneExperiment.figureThree(),
        NrssFigureOneExperiment.figureFive(), NrssFigureOneExperiment.figureSix(),
        new NrssFigureFourExperiment(), new LnhwFigureTwoExperiment(),
        new LnhwFigureThreeExperiment(), new LnhwFigureFourExperiment(),
        new LnhwFigureFiveExperiment(), new LnhwFigureSixExperiment(),
        new LnhwFigureSevenExperiment(), LnhwFigureThreeExperiment.figureEleven(),
        new LnhwFigureTwelveExperiment(), new LnhwCorollaryOneExperiment(),
        new ZgFigureOneExperiment(), ZgFigureOneExperiment.medium(),
        new TdrFigureNineExperiment(),
        new TdrFigureFiveExperiment(),
        new TdrFigureSixExperiment(),
        new ZgFigureTwoExperiment(),
        new TdrFigureThreeExperiment(),
        new TdrFigureFourExperiment(),
        TdrSparseMethodExperiment.figureTwelve(),
        TdrSparseMethodExperiment.figureThirteen(),
        new TdrFigureOneExperiment());
  }

  /** The experiment with this name, if any. */
  public static Optional<Experiment> named(String name) {
    return all().stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
