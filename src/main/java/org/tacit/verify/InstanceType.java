package org.tacit.verify;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * The instance type {@code I} of a {@link TheoremChecker TheoremChecker<I>} subclass, read from
 * the class hierarchy (the type argument given where the hierarchy extends
 * {@code TheoremChecker}).
 *
 * <p>Contract: empty when the argument is not a concrete class (a checker generic in its instance
 * type). O(depth of the hierarchy).
 *
 * <p>Spec: no paper item (the generic {@code --in} of {@code tacit check}, Tacit issue #13 point 2).
 */
public final class InstanceType {

  private InstanceType() {}

  /** The class {@code I} of {@code checkerClass extends ... TheoremChecker<I>}, if concrete. */
  public static Optional<Class<?>> of(Class<?> checkerClass) {
    Class<?> current = checkerClass;
    while (current != null && current != Object.class) {
      Type parent = current.getGenericSuperclass();
      if (parent instanceof ParameterizedType parameterized
          && parameterized.getRawType() == TheoremChecker.class) {
        Type argument = parameterized.getActualTypeArguments()[0];
        return argument instanceof Class<?> type ? Optional.of(type) : Optional.empty();
      }
      current = current.getSuperclass();
    }
    return Optional.empty();
  }
}
