package org.tacit.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (method or class) as checking the spec item with the given ID, e.g.
 * {@code @Verifies("MS:thm-II.2a")}. Repeatable. The traceability check fails the build when the
 * ID is unknown; a {@code verified} or {@code partial} item needs at least one such test.
 *
 * <p>Write the ID as a string literal: the traceability scan reads test sources as text.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Verifies.List.class)
public @interface Verifies {

  /** The spec ID. */
  String value();

  /** Container of repeated {@link Verifies}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface List {
    /** The annotations. */
    Verifies[] value();
  }
}
