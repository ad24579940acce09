/**
 * ZG instance families: generators that construct instances meeting each checker's hypotheses
 * (never by rejection), drawing from a {@link org.tacit.verify.Draws}.
 *
 * <p>Layer: paper (ZG), role family; imports {@code model} only within the paper.
 */
package org.tacit.benign.family;
