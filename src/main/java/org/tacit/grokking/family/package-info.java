/**
 * TDR instance families: seeded generators that construct instances meeting each checker's
 * hypotheses by construction (never by rejection) and verify them.
 *
 * <p>Layer: paper (TDR), role family; imports {@code model} only (of this paper).
 */
package org.tacit.grokking.family;
