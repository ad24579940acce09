package org.tacit.stepsize.check;

import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkModel;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.verify.Hypotheses;

/**
 * The network a stability lemma or theorem of NRSS is stated for, as a hypothesis: the depth-2
 * model (4), the depth-D model (12), the UV model (34), or any diagonal network (Lemma 2.3, which
 * records no model hypothesis).
 */
enum NetworkModel {
  /** Any diagonal network (no hypothesis recorded). */
  ANY(""),
  /** The depth-2 model (4). */
  DEPTH_TWO("depth-2 diagonal model (4)"),
  /** The depth-D model (12), any D >= 2. */
  DEPTH("depth-D diagonal model (12)"),
  /** The UV model (34). */
  UV("UV model (34)");

  private final String hypothesis;

  NetworkModel(String hypothesis) {
    this.hypothesis = hypothesis;
  }

  /** Records whether {@code model} is this network in {@code hypotheses}; returns whether it is. */
  boolean require(DiagonalNetworkModel model, Hypotheses hypotheses) {
    return switch (this) {
      case ANY -> true;
      case DEPTH_TWO -> hypotheses.require(hypothesis,
          model instanceof DepthDiagonalModel depth && depth.depth() == 2);
      case DEPTH -> hypotheses.require(hypothesis, model instanceof DepthDiagonalModel);
      case UV -> hypotheses.require(hypothesis, model instanceof UvDiagonalModel);
    };
  }
}
