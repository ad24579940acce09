package org.tacit.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every {@code @Verifies} annotation in a test source tree by reading the sources as text,
 * so that both the build and the command line (which has no test classes) can trace tests.
 *
 * <p>Contract: each annotation must have a single string-literal argument; any other form is
 * reported in {@link Result#problems()} with file and line rather than silently skipped. The
 * annotated member is the first declaration after the annotation: a method name, or
 * {@code "(class)"} for a type. Cost: linear in the size of the sources.
 */
public final class TestCitationScanner {

  private static final Pattern ANNOTATION =
      Pattern.compile("@(?:org\\s*\\.\\s*tacit\\s*\\.\\s*spec\\s*\\.\\s*)?Verifies\\b\\s*(\\()?");
  private static final Pattern LITERAL =
      Pattern.compile("\\G\\s*(?:value\\s*=\\s*)?\"([^\"\\\\]*)\"\\s*\\)");
  private static final Pattern TYPE = Pattern.compile("\\b(class|interface|record|enum)\\s+\\w+");
  private static final Pattern METHOD = Pattern.compile("(\\w+)\\s*\\(");

  /**
   * The citations and the problems found.
   *
   * @param citations every well-formed annotation
   * @param problems {@code file:line: problem} for each malformed one
   */
  public record Result(List<TestCitation> citations, List<String> problems) {}

  private TestCitationScanner() {}

  /**
   * Scans every {@code .java} file below {@code testRoot}; paths in the result are relative to
   * {@code repoRoot}. An absent test root gives an empty result.
   */
  public static Result scan(Path repoRoot, Path testRoot) {
    List<TestCitation> citations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(testRoot)) {
      return new Result(citations, problems);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(testRoot)) {
      walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      for (Path file : files) {
        String relative = repoRoot.toAbsolutePath().normalize()
            .relativize(file.toAbsolutePath().normalize()).toString();
        String className = testRoot.relativize(file).toString()
            .replace(".java", "").replace(file.getFileSystem().getSeparator(), ".");
        scanSource(Files.readString(file, StandardCharsets.UTF_8), relative, className,
            citations, problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(citations, problems);
  }

  /** Scans one source text (exposed for tests). */
  public static void scanSource(String source, String file, String className,
      List<TestCitation> citations, List<String> problems) {
    String code = blankComments(source);
    Matcher annotation = ANNOTATION.matcher(code);
    while (annotation.find()) {
      int line = lineOf(code, annotation.start());
      if (annotation.group(1) == null) {
        problems.add(file + ":" + line + ": @Verifies needs a spec ID argument");
        continue;
      }
      Matcher literal = LITERAL.matcher(code);
      if (!literal.find(annotation.end())) {
        problems.add(file + ":" + line
            + ": @Verifies must have a single string-literal argument, e.g. @Verifies(\"MS:lem-III.1\")");
        continue;
      }
      citations.add(new TestCitation(String.valueOf(literal.group(1)), className,
          member(code, literal.end()), file, line));
    }
  }

  private static String member(String code, int from) {
    int index = from;
    while (index < code.length()) {
      int end = code.indexOf('\n', index);
      if (end < 0) {
        end = code.length();
      }
      String text = code.substring(index, end).strip();
      index = end + 1;
      if (text.isEmpty()) {
        continue;
      }
      String withoutAnnotations =
          text.replaceAll("@\\w+(\\s*\\.\\s*\\w+)*(\\s*\\([^)]*\\))?", "").strip();
      if (withoutAnnotations.isEmpty()) {
        continue;
      }
      if (TYPE.matcher(withoutAnnotations).find()) {
        return "(class)";
      }
      Matcher method = METHOD.matcher(withoutAnnotations);
      if (method.find()) {
        return String.valueOf(method.group(1));
      }
    }
    return "(unknown)";
  }

  /**
   * Replaces comments by spaces (keeping line breaks) and {@code @} inside string and character
   * literals by a space, so that commented-out annotations and annotation-like text in strings do
   * not count, while an annotation's own string argument stays readable.
   */
  static String blankComments(String source) {
    StringBuilder out = new StringBuilder(source);
    int i = 0;
    char quote = 0;
    while (i < out.length()) {
      char c = out.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          if (i + 1 < out.length() && out.charAt(i + 1) == '@') {
            out.setCharAt(i + 1, ' ');
          }
          i += 2;
          continue;
        }
        if (c == quote) {
          quote = 0;
        } else if (c == '@') {
          out.setCharAt(i, ' ');
        }
        i++;
      } else if (c == '"' || c == '\'') {
        quote = c;
        i++;
      } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
        while (i < out.length() && out.charAt(i) != '\n') {
          out.setCharAt(i++, ' ');
        }
      } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
        while (i < out.length() && !(out.charAt(i) == '*' && i + 1 < out.length()
            && out.charAt(i + 1) == '/')) {
          if (out.charAt(i) != '\n') {
            out.setCharAt(i, ' ');
          }
          i++;
        }
        if (i < out.length()) {
          out.setCharAt(i, ' ');
          if (i + 1 < out.length()) {
            out.setCharAt(i + 1, ' ');
          }
          i += 2;
        }
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
