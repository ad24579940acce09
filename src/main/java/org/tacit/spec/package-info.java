/**
 * The spec: every numbered item of the five papers, read and validated from
 * {@code spec/KEY.yaml} ({@link org.tacit.spec.Spec}, {@link org.tacit.spec.SpecLoader}), the
 * {@link org.tacit.spec.Verifies} annotation by which tests cite items, the scanner that finds
 * those citations in the test sources, and the traceability rules between items, tests and proof
 * notes ({@link org.tacit.spec.Traceability}).
 *
 * <p>Layer: support, the bottom. Imports no other Tacit package.
 *
 * <p>Papers: all five: ZG, NRSS, TDR, MS and LNHW.
 */
package org.tacit.spec;
