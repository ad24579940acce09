package org.tacit.spec;

/**
 * One {@code @Verifies("ID")} annotation found in the test sources.
 *
 * @param specId the cited ID, as written
 * @param className the fully qualified test class
 * @param member the annotated test method, or {@code "(class)"} for a class-level annotation
 * @param file the source file, relative to the repository root
 * @param line the 1-based line of the annotation
 */
public record TestCitation(String specId, String className, String member, String file, int line) {

  /** {@code Class#method}. */
  public String testName() {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return member.equals("(class)") ? simple : simple + "#" + member;
  }
}
