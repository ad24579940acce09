/**
 * MS instance families: generators that construct instances meeting each checker's hypotheses
 * (no rejection sampling): closed-form instances with known constants, certified Assumption II.1
 * systems, known-minimizer projection instances, rate instances with alpha in the theorem's range,
 * and the Section I families. The checkers verify the hypotheses again on every instance.
 *
 * <p>Layer: paper (MS), role family; imports {@code model}, never {@code check}.
 */
package org.tacit.l1rate.family;
