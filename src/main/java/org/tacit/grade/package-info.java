/**
 * Grading assignments: an instructor's assignment file (questions on MS and NRSS quantities),
 * reference answers computed by Tacit itself (exact where it can), scoring of untrusted student
 * submissions under stated tolerance policies, gradebooks written atomically and worked solution
 * sheets. An application-level package: it uses the paper packages ({@code l1rate}) and the
 * solvers ({@code lp}, {@code linalg}), and is used only by {@code cli} ({@code tacit grade}).
 * Formats and policies: {@code docs/grading.md}.
 */
package org.tacit.grade;
