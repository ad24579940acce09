package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.group.model.CoordinateVectors;
import org.tacit.group.model.LieBracket;
import org.tacit.group.model.Polynomial;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.VectorFieldTriple;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Definition 1, the Lie bracket {@code [X, Y](x) = dY(x) X(x) - dX(x) Y(x)}, checked exactly
 * on polynomial vector fields through the identities that characterise it:
 * the value at a point from the evaluated Jacobians equals the symbolic bracket evaluated there;
 * antisymmetry {@code [X, Y] = -[Y, X]} and {@code [X, X] = 0}; additivity
 * {@code [X + Z, Y] = [X, Y] + [Z, Y]}; the Leibniz rule {@code [X, f Y] = f [X, Y] + (X f) Y}
 * ({@code f = Z_1}, {@code X f = <grad f, X>}); the Jacobi identity
 * {@code [X, [Y, Z]] + [Y, [Z, X]] + [Z, [X, Y]] = 0}; and for linear fields
 * {@code [Ax, Bx] = (BA - AB) x}. Every field identity is decided as polynomials (sum of squared
 * coefficients of the difference is 0), hence on all of {@code R^D}. Cost: polynomial in the
 * sizes of the fields; the built-in fields ({@code D <= 4}, degree {@code <= 2}) take milliseconds.
 *
 * <p>Spec: {@code LNHW:def-1}.
 */
public final class LieBracketDefinitionChecker extends TheoremChecker<VectorFieldTriple> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:def-1";

  /** The checker (stateless). */
  public LieBracketDefinitionChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(VectorFieldTriple instance) {
    return "X=" + instance.x() + ", Y=" + instance.y() + ", Z=" + instance.z() + ", x="
        + instance.point();
  }

  @Override
  protected List<Check> evaluate(VectorFieldTriple instance, Hypotheses hypotheses) {
    if (!hypotheses.require("X, Y, Z, A, B and x live in one R^D", instance.sameDimension())) {
      return List.of();
    }
    PolynomialField x = instance.x();
    PolynomialField y = instance.y();
    PolynomialField z = instance.z();
    PolynomialField xy = LieBracket.of(x, y);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "[X, Y](x) from Jacobians = symbolic [X, Y] at x",
        CoordinateVectors.squaredDistance(LieBracket.at(x, y, instance.pointArray()),
            xy.evaluate(instance.pointArray())), BigRational.ZERO));
    checks.add(identity("antisymmetry: [X, Y] + [Y, X] = 0", xy.add(LieBracket.of(y, x))));
    checks.add(identity("[X, X] = 0", LieBracket.of(x, x)));
    checks.add(identity("additivity: [X + Z, Y] = [X, Y] + [Z, Y]",
        LieBracket.of(x.add(z), y).subtract(xy).subtract(LieBracket.of(z, y))));
    Polynomial f = z.component(0);
    PolynomialField leibniz = xy.times(f).add(y.times(PolynomialField.gradient(f).dot(x)));
    checks.add(identity("Leibniz: [X, f Y] = f [X, Y] + (X f) Y",
        LieBracket.of(x, y.times(f)).subtract(leibniz)));
    PolynomialField jacobi = LieBracket.of(x, LieBracket.of(y, z))
        .add(LieBracket.of(y, LieBracket.of(z, x))).add(LieBracket.of(z, xy));
    checks.add(identity("Jacobi: [X, [Y, Z]] + [Y, [Z, X]] + [Z, [X, Y]] = 0", jacobi));
    RationalMatrix a = instance.a();
    RationalMatrix b = instance.b();
    PolynomialField commutator = PolynomialField.linear(
        b.multiply(a)).subtract(PolynomialField.linear(a.multiply(b)));
    checks.add(identity("[Ax, Bx] = (BA - AB) x", LieBracket.of(PolynomialField.linear(a),
        PolynomialField.linear(b)).subtract(commutator)));
    return checks;
  }

  private static Check identity(String label, PolynomialField difference) {
    return Check.equal(SPEC_ID, label + " (sum of squared coefficients)",
        difference.coefficientSquareSum(), BigRational.ZERO);
  }
}
