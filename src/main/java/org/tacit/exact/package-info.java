/**
 * Exact arithmetic: rationals on {@link java.math.BigInteger} ({@link org.tacit.exact.BigRational}),
 * immutable rational matrices with exact elimination (reduced row echelon form, rank, null space,
 * solves, determinant, inverse), fraction-free solves and exact vector functions; and, as the one
 * approximate part, exp and log of {@link java.math.BigDecimal} to a requested precision ({@link
 * org.tacit.exact.BigDecimalMath}, parameters in {@link org.tacit.exact.ExactTolerances}).
 *
 * <p>Layer: solver, the bottom. Imports no other Tacit package.
 *
 * <p>Papers: all of them; every exact check and exact solver rests on it (today those of MS and
 * NRSS).
 */
package org.tacit.exact;
