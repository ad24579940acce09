package org.tacit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec file rules that need only the file itself, each with file and line in the error. */
class SpecLoaderTest {

  private static final String HEADER = "paper: MS\ntitle: t\nseed: s\nitems:\n";

  private static List<SpecItem> load(String text) {
    return SpecLoader.load(new StringReader(text), "spec/MS.yaml", "MS");
  }

  private static String item(String id, String kind, String status, String extra) {
    return "  - id: " + id + "\n    kind: " + kind + "\n    statement: s\n    status: " + status
        + "\n" + extra;
  }

  @Test
  void readsAWellFormedFile() {
    List<SpecItem> items = load(HEADER
        + item("MS:thm-II.2a", "thm", "verified", "    notes: proofs-notes/x.md\n    title: \"T\"\n")
        + item("MS:eq-III.4", "eq", "planned", "    why: later\n    hypotheses: h\n    source: l\n"
            + "    erratum:\n      counterexample: c\n      corrected: d\n"));
    assertThat(items).hasSize(2);
    SpecItem first = items.get(0);
    assertThat(first.id()).isEqualTo(new SpecId("MS", "thm", "II.2a"));
    assertThat(first.status()).isEqualTo(SpecStatus.VERIFIED);
    assertThat(first.notes()).isEqualTo("proofs-notes/x.md");
    assertThat(first.title()).isEqualTo("T");
    assertThat(first.location()).isEqualTo("spec/MS.yaml:5");
    SpecItem second = items.get(1);
    assertThat(second.why()).isEqualTo("later");
    assertThat(second.erratumCounterexample()).isEqualTo("c");
    assertThat(second.erratumCorrected()).isEqualTo("d");
    assertThat(second.line()).isEqualTo(11);
  }

  @Test
  void reportsEachProblemWithFileAndLine() {
    expectProblem("paper: MS\nitems: [\n", "spec/MS.yaml:", "malformed YAML");
    expectProblem("", "spec/MS.yaml:1:", "empty spec file");
    expectProblem("- a\n", "spec/MS.yaml:1:", "must be a mapping");
    expectProblem("paper: ZG\nitems: []\n", "spec/MS.yaml:1:", "does not match the file name");
    expectProblem("paper: MS\nitems: x\n", "spec/MS.yaml:2:", "'items' must be a list");
    expectProblem("paper: MS\n", "spec/MS.yaml:1:", "missing field 'items'");
    expectProblem("paper: MS\nfoo: 1\nitems: []\n", "spec/MS.yaml:2:", "unknown field 'foo'");
    expectProblem(HEADER + item("MS:theorem-1", "thm", "planned", "    why: w\n"),
        "spec/MS.yaml:5:", "malformed spec ID");
    expectProblem(HEADER + item("ZG:thm-1", "thm", "planned", "    why: w\n"),
        "spec/MS.yaml:5:", "is not of paper MS");
    expectProblem(HEADER + item("MS:thm-1", "lem", "planned", "    why: w\n"),
        "spec/MS.yaml:5:", "does not match the kind");
    expectProblem(HEADER + item("MS:thm-1", "thm", "planned", ""),
        "spec/MS.yaml:5:", "needs 'why'");
    expectProblem(HEADER + item("MS:thm-1", "thm", "done", "    why: w\n"),
        "spec/MS.yaml:5:", "unknown status 'done'");
    expectProblem(HEADER + item("MS:thm-1", "thm", "planned", "    why: w\n")
        + item("MS:thm-1", "thm", "planned", "    why: w\n"),
        "spec/MS.yaml:10:", "duplicate id MS:thm-1 (first at line 5)");
    expectProblem(HEADER + "  - id: MS:thm-1\n    kind: thm\n    statement: \" \"\n    status: verified\n",
        "spec/MS.yaml:5:", "empty statement");
    expectProblem(HEADER + "  - id: MS:thm-1\n    kind: thm\n    statement: [a]\n    status: verified\n",
        "spec/MS.yaml:7:", "'statement' must be a single text value");
    expectProblem(HEADER + "  - id: MS:thm-1\n    id: MS:thm-2\n", "spec/MS.yaml:6:", "duplicate field 'id'");
    expectProblem(HEADER + "  - {}\n", "spec/MS.yaml:5:", "empty mapping");
    expectProblem(HEADER + item("MS:thm-1", "thm", "verified", "    erratum:\n      corrected: x\n"),
        "spec/MS.yaml:", "missing field 'counterexample'");
  }

  @Test
  void readsTheCitation() {
    SpecLoader.SpecFile file = SpecLoader.loadFile(new StringReader("paper: MS\ntitle: T\n"
        + "citation:\n  authors: A and B\n  venue: V\n  year: 2023\n  arxiv: \"1.2\"\n"
        + "items: []\n"), "spec/MS.yaml", "MS");
    assertThat(file.citation()).hasValueSatisfying(citation ->
        assertThat(citation.line()).isEqualTo("A and B. \"T\". V, 2023. arXiv:1.2."));
    SpecLoader.SpecFile undated = SpecLoader.loadFile(new StringReader("paper: MS\ntitle: T\n"
        + "citation:\n  authors: A\n  venue: V\n  url: u\nitems: []\n"), "spec/MS.yaml", "MS");
    assertThat(undated.citation()).hasValueSatisfying(citation ->
        assertThat(citation.line()).isEqualTo("A. \"T\". V, n.d. u"));
    expectProblem("paper: MS\ntitle: T\ncitation:\n  venue: V\nitems: []\n", "spec/MS.yaml:4:",
        "missing field 'authors'");
    expectProblem("paper: MS\ntitle: T\ncitation:\n  authors: A\n  venue: V\n  year: -1\n"
        + "items: []\n", "spec/MS.yaml:4:", "citation: a citation needs");
    expectProblem("paper: MS\ntitle: T\ncitation:\n  authors: A\n  venue: V\n  doi: x\n"
        + "items: []\n", "spec/MS.yaml:6:", "unknown field 'doi'");
  }

  private static void expectProblem(String text, String location, String problem) {
    assertThatThrownBy(() -> load(text)).isInstanceOf(SpecFormatException.class)
        .hasMessageStartingWith(location).hasMessageContaining(problem);
  }

  @Test
  void statusSpellings() {
    for (SpecStatus status : SpecStatus.values()) {
      assertThat(SpecStatus.parse(status.spelling())).isEqualTo(status);
    }
    assertThat(SpecStatus.NOT_CHECKABLE.spelling()).isEqualTo("not-checkable");
  }

  @Test
  void specIdsParseAndPrint() {
    SpecId id = SpecId.parse("LNHW:alg-1");
    assertThat(id.paper()).isEqualTo("LNHW");
    assertThat(id.toString()).isEqualTo("LNHW:alg-1");
    assertThatThrownBy(() -> SpecId.parse("XX:thm-1")).hasMessageContaining("malformed spec ID 'XX:thm-1'");
    assertThatThrownBy(() -> SpecId.parse("MS:thm-")).isInstanceOf(IllegalArgumentException.class);
  }
}
