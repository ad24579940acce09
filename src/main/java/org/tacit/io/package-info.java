/**
 * User input formats: JSON instances (objects, and linear systems {@code {"A": ..., "y": ...}}
 * read by {@link org.tacit.io.InstanceReader}) and MatrixMarket matrices, with every number read
 * exactly (decimals as exact rationals, or {@code "p/q"} strings), and {@link
 * org.tacit.io.UserInputException}, the one error type for bad input: its message names the file,
 * the field or line, and the problem (exit code 2 on the command line).
 *
 * <p>Layer: support. Imports {@code exact} only; used by solvers (the MPS reader of {@code lp})
 * and by the top layers; never imports a solver, a paper package, {@code experiment} or
 * {@code cli}.
 *
 * <p>Papers: none in particular; it serves the commands of every paper.
 */
package org.tacit.io;
