package org.tacit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.spec.Citation;
import org.tacit.spec.SpecId;
import org.tacit.spec.SpecItem;
import org.tacit.spec.SpecStatus;
import org.tacit.spec.TestCitation;
import org.tacit.spec.Traceability;
import org.tacit.verify.MarginStats;

/**
 * Writes the verification report ({@code report.md} and {@code index.html}) into a directory:
 * a summary per paper (counts by status, errata, instances, failures), the traceability problems,
 * a section per erratum (the printed statement, the counterexample, the corrected statement, the
 * tests and the proof note), and per item its status, tests, proof note, instances tried,
 * failures and worst margin (design brief); with {@link #withReproductions}, a section per
 * reproduction with its command and the figures and tables of its last run. The HTML page hides
 * {@code planned} rows by default (a check box shows them).
 *
 * <p>Contract: reads nothing itself; deterministic for the same inputs. The HTML escapes all text.
 */
public final class ReportWriter {

  private final Traceability traceability;
  private final Map<String, MarginStats> margins;
  private final List<Reproduction> reproductions;

  /** A writer for one traceability result and the margins recorded by tests or commands. */
  public ReportWriter(Traceability traceability, Map<String, MarginStats> margins) {
    this(traceability, margins, List.of());
  }

  private ReportWriter(Traceability traceability, Map<String, MarginStats> margins,
      List<Reproduction> reproductions) {
    this.traceability = traceability;
    this.margins = Map.copyOf(margins);
    this.reproductions = List.copyOf(reproductions);
  }

  /**
   * This writer with a section listing the reproductions, their commands and the figures and
   * tables of their last run (shown inline); without it the section is left out.
   */
  public ReportWriter withReproductions(List<Reproduction> list) {
    return new ReportWriter(traceability, margins, list);
  }

  /** Writes {@code report.md} and {@code index.html} into {@code outDir} (created if needed). */
  public void write(Path outDir) {
    write(outDir, outDir);
  }

  /**
   * Writes {@code report.md} and {@code index.html} into {@code outDir} (created if needed), the
   * HTML linking proof notes and test sources relative to {@code outDir}, so that the links work
   * wherever the repository is checked out.
   */
  public void write(Path outDir, Path repositoryRoot) {
    Path from = outDir.toAbsolutePath().normalize();
    String relative = from.relativize(repositoryRoot.toAbsolutePath().normalize()).toString()
        .replace('\\', '/');
    String prefix = relative.isEmpty() ? "" : relative + "/";
    try {
      Files.createDirectories(outDir);
      Files.writeString(outDir.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
      Files.writeString(outDir.resolve("index.html"), html(prefix), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Markdown report. */
  public String markdown() {
    StringBuilder md = new StringBuilder("# Tacit verification report\n\n");
    md.append("Margins: a check of L <= R records (R - L) / max(|L|, |R|, 1e-300); equalities record "
        + "minus the relative discrepancy. The worst margin is the smallest over all instances.\n\n");
    md.append("## Summary\n\n| paper | items | verified | partial | planned | not-checkable "
        + "| instances | failed instances |\n|---|---|---|---|---|---|---|---|\n");
    for (String paper : SpecId.PAPER_KEYS) {
      Map<SpecStatus, Integer> counts = traceability.spec().countsByStatus(paper);
      md.append("| ").append(paper).append(" | ").append(traceability.spec().paper(paper).size());
      for (SpecStatus status : SpecStatus.values()) {
        md.append(" | ").append(counts.get(status));
      }
      md.append(" | ").append(instances(paper)).append(" | ").append(failures(paper)).append(" |\n");
    }
    md.append("\n## Papers\n\n");
    for (String paper : SpecId.PAPER_KEYS) {
      md.append("- **").append(paper).append("**: ").append(reference(paper)).append('\n');
    }
    List<String> problems = traceability.problems();
    md.append("\n## Traceability problems\n\n");
    if (problems.isEmpty()) {
      md.append("None.\n");
    } else {
      problems.forEach(p -> md.append("- ").append(p).append('\n'));
    }
    md.append("\n## Errata\n\n");
    List<SpecItem> errata = errata();
    if (errata.isEmpty()) {
      md.append("None.\n");
    }
    for (SpecItem item : errata) {
      String id = item.id().toString();
      md.append("### ").append(id).append(": ").append(cell(item.title())).append("\n\n")
          .append("- printed: ").append(cell(item.statement())).append('\n')
          .append("- counterexample: ").append(cell(String.valueOf(item.erratumCounterexample())))
          .append('\n')
          .append("- corrected: ").append(cell(String.valueOf(item.erratumCorrected())))
          .append('\n')
          .append("- tests: ").append(cell(tests(id))).append('\n');
      String notes = item.notes();
      if (notes != null) {
        md.append("- proof note: ").append(notes).append('\n');
      }
      md.append('\n');
    }
    if (!reproductions.isEmpty()) {
      md.append("\n## Reproductions\n\n");
      for (Reproduction r : reproductions) {
        md.append("- `tacit reproduce ").append(r.name()).append("`: ").append(cell(r.description()));
        if (r.figures().isEmpty() && r.tables().isEmpty()) {
          md.append(" (not run here yet)");
        }
        for (String file : r.figures()) {
          md.append("\n  ![").append(r.name()).append("](").append(file).append(')');
        }
        for (String file : r.tables()) {
          md.append("\n  [").append(file).append("](").append(file).append(')');
        }
        md.append('\n');
      }
    }
    for (String paper : SpecId.PAPER_KEYS) {
      md.append("\n## ").append(paper).append("\n\n| id | title | status | tests | instances "
          + "| failures | worst margin | worst check |\n|---|---|---|---|---|---|---|---|\n");
      for (SpecItem item : traceability.spec().paper(paper)) {
        String id = item.id().toString();
        @Nullable MarginStats stats = margins.get(id);
        md.append("| ").append(id).append(" | ").append(cell(item.title())).append(" | ")
            .append(item.status().spelling()).append(" | ").append(cell(tests(id))).append(" | ")
            .append(stats == null ? "" : String.valueOf(stats.instances())).append(" | ")
            .append(stats == null ? "" : String.valueOf(stats.failures())).append(" | ")
            .append(stats == null ? "" : margin(stats.worstMargin())).append(" | ")
            .append(stats == null || stats.worstLabel() == null ? "" : cell(stats.worstLabel()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /** The HTML report (one self-contained page). */
  public String html() {
    return html("");
  }

  /**
   * The HTML report, with proof notes and test sources linked as {@code prefix + path} (paths
   * relative to the repository root; {@code prefix} empty or ending in {@code /}).
   */
  public String html(String prefix) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\"><title>Tacit verification report</title><style>"
        + "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
        + "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;font-size:90%}"
        + ".verified{background:#dfd}.partial{background:#ffd}.planned{background:#eee}"
        + ".not-checkable{background:#fde}.fail{color:#b00;font-weight:bold}"
        + ".hide-planned tr.planned{display:none}dt{font-weight:bold}dd{margin-bottom:.5em}"
        + "</style></head><body class=\"hide-planned\">\n"
        + "<h1>Tacit verification report</h1>\n<p>Margins: a check of L &le; R records "
        + "(R &minus; L) / max(|L|, |R|, 1e-300); equalities record minus the relative discrepancy."
        + "</p>\n<h2>Summary</h2>\n<table><tr><th>paper</th><th>items</th><th>verified</th>"
        + "<th>partial</th><th>planned</th><th>not-checkable</th><th>instances</th>"
        + "<th>failed instances</th></tr>\n");
    for (String paper : SpecId.PAPER_KEYS) {
      Map<SpecStatus, Integer> counts = traceability.spec().countsByStatus(paper);
      html.append("<tr><td><a href=\"#").append(paper).append("\">").append(paper)
          .append("</a></td><td>").append(traceability.spec().paper(paper).size()).append("</td>");
      for (SpecStatus status : SpecStatus.values()) {
        html.append("<td>").append(counts.get(status)).append("</td>");
      }
      html.append("<td>").append(instances(paper)).append("</td><td>").append(failures(paper))
          .append("</td></tr>\n");
    }
    html.append("</table>\n<h2>Papers</h2>\n<ul>\n");
    for (String paper : SpecId.PAPER_KEYS) {
      html.append("<li><b>").append(paper).append("</b>: ").append(escape(reference(paper)))
          .append("</li>\n");
    }
    html.append("</ul>\n<p><label><input type=\"checkbox\" id=\"show-planned\" onchange=\""
        + "document.body.classList.toggle('hide-planned', !this.checked)\"> show planned items"
        + "</label></p>\n<h2>Traceability problems</h2>\n");
    List<String> problems = traceability.problems();
    html.append(problems.isEmpty() ? "<p>None.</p>\n" : problems.stream()
        .map(p -> "<li class=\"fail\">" + escape(p) + "</li>")
        .collect(Collectors.joining("\n", "<ul>\n", "\n</ul>\n")));
    html.append("<h2 id=\"errata\">Errata</h2>\n");
    List<SpecItem> errata = errata();
    if (errata.isEmpty()) {
      html.append("<p>None.</p>\n");
    }
    for (SpecItem item : errata) {
      String id = item.id().toString();
      String notes = item.notes();
      html.append("<h3 id=\"erratum-").append(escape(id)).append("\">").append(escape(id))
          .append(": ").append(escape(item.title())).append("</h3>\n<dl><dt>printed</dt><dd>")
          .append(escape(item.statement())).append("</dd><dt>counterexample</dt><dd>")
          .append(escape(String.valueOf(item.erratumCounterexample())))
          .append("</dd><dt>corrected</dt><dd>")
          .append(escape(String.valueOf(item.erratumCorrected()))).append("</dd><dt>tests</dt><dd>")
          .append(escape(tests(id))).append("</dd>")
          .append(notes == null ? "" : "<dt>proof note</dt><dd>" + escape(notes) + "</dd>")
          .append("</dl>\n");
    }
    if (!reproductions.isEmpty()) {
      html.append("<h2 id=\"reproductions\">Reproductions</h2>\n");
      for (Reproduction r : reproductions) {
        html.append("<h3 id=\"reproduction-").append(escape(r.name())).append("\">")
            .append(escape(r.name())).append("</h3>\n<p>").append(escape(r.description()))
            .append(" &mdash; <code>tacit reproduce ").append(escape(r.name()))
            .append(" [--scale tiny]</code>")
            .append(r.figures().isEmpty() && r.tables().isEmpty() ? " (not run here yet)" : "")
            .append("</p>\n");
        for (String file : r.figures()) {
          html.append("<p><img src=\"").append(escape(file)).append("\" alt=\"")
              .append(escape(file)).append("\" style=\"max-width:720px\"></p>\n");
        }
        for (String file : r.tables()) {
          html.append("<p><a href=\"").append(escape(file)).append("\">").append(escape(file))
              .append("</a></p>\n");
        }
      }
    }
    for (String paper : SpecId.PAPER_KEYS) {
      html.append("<h2 id=\"").append(paper).append("\">").append(paper).append("</h2>\n<table>"
          + "<tr><th>id</th><th>title</th><th>status</th><th>why</th><th>tests</th>"
          + "<th>proof note</th><th>instances</th><th>failures</th><th>worst margin</th></tr>\n");
      for (SpecItem item : traceability.spec().paper(paper)) {
        String id = item.id().toString();
        @Nullable MarginStats stats = margins.get(id);
        html.append("<tr class=\"").append(item.status().spelling()).append("\"><td>")
            .append(escape(id)).append("</td><td>").append(escape(item.title())).append("</td><td>")
            .append(item.status().spelling()).append("</td><td>").append(escape(item.why()))
            .append("</td><td>").append(testLinks(id, prefix)).append("</td><td>")
            .append(noteLink(item.notes(), prefix))
            .append(item.erratumCounterexample() == null ? ""
                : " <a href=\"#erratum-" + escape(id) + "\">erratum</a>")
            .append("</td><td>")
            .append(stats == null ? "" : stats.instances()).append("</td><td")
            .append(stats != null && stats.failures() > 0 ? " class=\"fail\">" : ">")
            .append(stats == null ? "" : stats.failures()).append("</td><td>")
            .append(stats == null ? "" : escape(margin(stats.worstMargin())))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  /** The items with an erratum, in spec order. */
  private List<SpecItem> errata() {
    return traceability.spec().items().stream()
        .filter(item -> item.erratumCounterexample() != null).toList();
  }

  /** The paper's reference line, or a note that its spec file gives none. */
  private String reference(String paper) {
    return traceability.spec().citation(paper).map(Citation::line)
        .orElse("(no citation in spec/" + paper + ".yaml)");
  }

  private long instances(String paper) {
    return margins.values().stream().filter(s -> s.specId().startsWith(paper + ":"))
        .mapToLong(MarginStats::instances).sum();
  }

  private long failures(String paper) {
    return margins.values().stream().filter(s -> s.specId().startsWith(paper + ":"))
        .mapToLong(MarginStats::failures).sum();
  }

  /** The tests citing {@code id}, each linked to its source line. */
  private String testLinks(String id, String prefix) {
    Map<String, TestCitation> first = new java.util.LinkedHashMap<>();
    for (TestCitation citation : traceability.testsOf(id)) {
      first.putIfAbsent(citation.testName(), citation);
    }
    return first.values().stream()
        .map(citation -> "<a href=\"" + escape(prefix + citation.file()) + "#L" + citation.line()
            + "\">" + escape(citation.testName()) + "</a>")
        .collect(Collectors.joining(", "));
  }

  /** The proof note linked, or nothing. */
  private static String noteLink(@Nullable String notes, String prefix) {
    return notes == null ? ""
        : "<a href=\"" + escape(prefix + notes) + "\">" + escape(notes) + "</a>";
  }

  private String tests(String id) {
    return traceability.testsOf(id).stream().map(TestCitation::testName).distinct()
        .collect(Collectors.joining(", "));
  }

  private static String margin(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3e", value);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
