/**
 * Dense double-precision linear algebra on flat row-major {@code double[]} arrays, shared by all
 * solvers and papers: the symmetric eigensolver ({@link org.tacit.linalg.SymmetricEigen}), Lanczos
 * for lambda_max, the thin SVD ({@link org.tacit.linalg.Svd}), the dense kernels, and the rounding
 * constants and tolerances their error analyses use. It never imports a paper package.
 */
package org.tacit.linalg;
