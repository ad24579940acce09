package org.tacit.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes {@code target/mutation/summary.md} after the {@code mutation} Maven profile (issue #19):
 * for every package report {@code REPORTS/<package>/mutations.xml} written by PIT, the counts of
 * killed, survived, no-coverage, timed-out and other (memory error, run error, non viable)
 * mutants, the mutation score, the surviving mutants, and the equivalent mutants read from a
 * checked-in TSV file ({@code coverage/equivalent-mutants.tsv}).
 *
 * <p>Score: {@code killed / (mutants - equivalent)}, equivalent being the surviving mutants
 * listed in the TSV file; timeouts are counted separately and NOT as killed (PIT's own score
 * counts them as detected; that figure is given too). TSV columns: class, method, mutator
 * (simple or full name), line ({@code *} for any), description, reason; {@code #} starts a
 * comment line. XML is read with the JDK parser, DTDs and external entities disabled.
 *
 * <p>Usage: {@code MutationSummary --reports DIR --equivalent FILE --out FILE}. Test-only tool
 * (under src/test), run by exec-maven-plugin in the {@code mutation} profile.
 */
public final class MutationSummary {

  /** One mutant of a PIT report. */
  record Mutant(String status, String mutatedClass, String method, String mutator, int line,
      String description) {

    /** The mutator's simple name (after the last dot). */
    String mutatorName() {
      return mutator.substring(mutator.lastIndexOf('.') + 1);
    }

    String describe() {
      return mutatedClass + "." + method + ":" + line + " " + mutatorName() + " (" + description
          + ")";
    }
  }

  /** One line of the equivalent-mutants file. */
  record Equivalent(String mutatedClass, String method, String mutator, String line,
      String description, String reason) {

    boolean matches(Mutant mutant) {
      return mutant.mutatedClass().equals(mutatedClass) && mutant.method().equals(method)
          && (mutant.mutator().equals(mutator) || mutant.mutatorName().equals(mutator))
          && (line.equals("*") || line.equals(Integer.toString(mutant.line())))
          && mutant.description().equals(description);
    }
  }

  /** Counts of one package report. */
  record PackageCounts(String name, int mutants, int killed, int survived, int noCoverage,
      int timedOut, int other, int equivalent) {

    /** {@code killed / (mutants - equivalent)}, 1 for an empty report. */
    double score() {
      int relevant = mutants - equivalent;
      return relevant == 0 ? 1.0 : (double) killed / relevant;
    }

    /** PIT's score: killed and timed out over all mutants. */
    double pitScore() {
      return mutants == 0 ? 1.0 : (double) (killed + timedOut) / mutants;
    }
  }

  private MutationSummary() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path reports = Path.of("target/mutation");
    Path equivalentFile = Path.of("coverage/equivalent-mutants.tsv");
    Path out = Path.of("target/mutation/summary.md");
    for (int k = 0; k + 1 < args.length; k += 2) {
      switch (args[k]) {
        case "--reports" -> reports = Path.of(args[k + 1]);
        case "--equivalent" -> equivalentFile = Path.of(args[k + 1]);
        case "--out" -> out = Path.of(args[k + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[k]);
      }
    }
    String summary = summarize(reports, equivalentFile);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, summary, StandardCharsets.UTF_8);
    System.out.println("mutation summary: " + out);
  }

  /** The summary of every {@code <package>/mutations.xml} under {@code reports}. */
  static String summarize(Path reports, Path equivalentFile) throws IOException {
    List<Equivalent> equivalents = Files.exists(equivalentFile) ? readEquivalents(equivalentFile)
        : List.of();
    List<Path> packages = new ArrayList<>();
    if (Files.isDirectory(reports)) {
      try (Stream<Path> dirs = Files.list(reports)) {
        dirs.filter(p -> Files.isRegularFile(p.resolve("mutations.xml"))).sorted()
            .forEach(packages::add);
      }
    }
    StringBuilder table = new StringBuilder();
    StringBuilder survivors = new StringBuilder();
    StringBuilder equivalentList = new StringBuilder();
    table.append("| package | mutants | killed | survived | no coverage | timed out | other |"
        + " equivalent | score | PIT score |\n");
    table.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Path dir : packages) {
      String name = dir.getFileName().toString();
      List<Mutant> mutants = readMutants(dir.resolve("mutations.xml"));
      PackageCounts counts = count(name, mutants, equivalents);
      table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %.1f%% | %.1f%% |%n",
          name, counts.mutants(), counts.killed(), counts.survived(), counts.noCoverage(),
          counts.timedOut(), counts.other(), counts.equivalent(), 100 * counts.score(),
          100 * counts.pitScore()));
      for (Mutant mutant : mutants) {
        if (!mutant.status().equals("SURVIVED") && !mutant.status().equals("NO_COVERAGE")) {
          continue;
        }
        Equivalent match = find(equivalents, mutant);
        if (match == null) {
          survivors.append("- ").append(name).append(": ").append(mutant.status()).append(' ')
              .append(mutant.describe()).append('\n');
        } else {
          equivalentList.append("- ").append(name).append(": ").append(mutant.describe())
              .append(" — ").append(match.reason()).append('\n');
        }
      }
    }
    return "# Mutation testing summary\n\n"
        + "Score = killed / (mutants - equivalent); timeouts are counted separately (PIT score"
        + " = (killed + timed out) / mutants).\n\n" + table
        + "\n## Surviving and uncovered mutants\n\n"
        + (survivors.length() == 0 ? "none\n" : survivors)
        + "\n## Equivalent mutants (coverage/equivalent-mutants.tsv)\n\n"
        + (equivalentList.length() == 0 ? "none\n" : equivalentList);
  }

  static PackageCounts count(String name, List<Mutant> mutants, List<Equivalent> equivalents) {
    int killed = 0;
    int survived = 0;
    int noCoverage = 0;
    int timedOut = 0;
    int other = 0;
    int equivalent = 0;
    for (Mutant mutant : mutants) {
      switch (mutant.status()) {
        case "KILLED" -> killed++;
        case "SURVIVED" -> survived++;
        case "NO_COVERAGE" -> noCoverage++;
        case "TIMED_OUT" -> timedOut++;
        default -> other++;
      }
      if ((mutant.status().equals("SURVIVED") || mutant.status().equals("NO_COVERAGE"))
          && find(equivalents, mutant) != null) {
        equivalent++;
      }
    }
    return new PackageCounts(name, mutants.size(), killed, survived, noCoverage, timedOut, other,
        equivalent);
  }

  private static Equivalent find(List<Equivalent> equivalents, Mutant mutant) {
    for (Equivalent e : equivalents) {
      if (e.matches(mutant)) {
        return e;
      }
    }
    return null;
  }

  /** The mutants of one PIT {@code mutations.xml}. */
  static List<Mutant> readMutants(Path xml) throws IOException {
    Document document;
    try (InputStream in = Files.newInputStream(xml)) {
      document = secureBuilder().parse(in);
    } catch (SAXException e) {
      throw new IOException("malformed " + xml + ": " + e.getMessage(), e);
    }
    NodeList nodes = document.getElementsByTagName("mutation");
    List<Mutant> mutants = new ArrayList<>();
    for (int k = 0; k < nodes.getLength(); k++) {
      Element e = (Element) nodes.item(k);
      mutants.add(new Mutant(e.getAttribute("status"), text(e, "mutatedClass"),
          text(e, "mutatedMethod"), text(e, "mutator"),
          Integer.parseInt(text(e, "lineNumber")), text(e, "description")));
    }
    return mutants;
  }

  private static String text(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    return list.getLength() == 0 ? "" : list.item(0).getTextContent().trim();
  }

  private static DocumentBuilder secureBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The equivalent-mutants file: tab-separated, 6 columns, # comments and blank lines skipped. */
  static List<Equivalent> readEquivalents(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Equivalent> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6 || f[5].isBlank()) {
        throw new IllegalArgumentException(tsv + ": need 6 tab-separated fields with a reason: "
            + line);
      }
      out.add(new Equivalent(f[0], f[1], f[2], f[3], f[4], f[5]));
    }
    return out;
  }
}
