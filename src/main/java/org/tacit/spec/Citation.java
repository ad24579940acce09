package org.tacit.spec;

/**
 * The bibliographic reference of a paper, from the {@code citation} block of its spec file.
 *
 * <p>Contract: {@code title}, {@code authors} and {@code venue} non-blank; {@code year} positive,
 * or 0 when it could not be identified (printed {@code n.d.});
 * {@code arxiv} and {@code url} may be empty (not every paper has an arXiv version; a URL is given
 * where a stable one is known).
 *
 * @param title the paper's title
 * @param authors the authors, as printed ("First Last, First Last and First Last")
 * @param venue where it appeared (conference or journal, with volume and pages if known)
 * @param year the year of that venue, or 0 if unknown
 * @param arxiv the arXiv identifier (e.g. {@code 2302.00257}), or empty
 * @param url a stable URL, or empty
 */
public record Citation(String title, String authors, String venue, int year, String arxiv,
    String url) {

  /** Checks the contract. */
  public Citation {
    if (title.isBlank() || authors.isBlank() || venue.isBlank() || year < 0) {
      throw new IllegalArgumentException("a citation needs title, authors, venue and a year"
          + " (0 if unknown)");
    }
  }

  /** One line: {@code Authors. "Title". Venue, Year (or n.d.). arXiv:ID. URL} (absent parts omitted). */
  public String line() {
    StringBuilder line = new StringBuilder()
        .append(authors).append(". \"").append(title).append("\". ").append(venue).append(", ")
        .append(year == 0 ? "n.d" : String.valueOf(year)).append('.');
    if (!arxiv.isBlank()) {
      line.append(" arXiv:").append(arxiv).append('.');
    }
    if (!url.isBlank()) {
      line.append(' ').append(url);
    }
    return line.toString();
  }
}
