package org.tacit.grade;

/**
 * The human-readable report of one graded submission ({@code --report out.html}): a table with,
 * per question, the points, the outcome, the expected and submitted answers, the error, the
 * tolerance and why; every submitted text is HTML-escaped.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** The report page. */
  public static String render(Assignment assignment, StudentGrade grade) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        + "<title>").append(escape(assignment.title())).append("</title></head><body>\n<h1>")
        .append(escape(assignment.title())).append("</h1>\n<p>Student ")
        .append(escape(grade.student())).append(" (").append(escape(grade.file())).append("): ")
        .append(Gradebook.points(grade.total())).append(" / ")
        .append(Gradebook.points(assignment.totalPoints())).append("</p>\n");
    if (!grade.problem().isEmpty()) {
      html.append("<p>Submission unusable: ").append(escape(grade.problem())).append("</p>\n");
    }
    html.append("<table border=\"1\"><tr><th>question</th><th>points</th><th>outcome</th>"
        + "<th>expected</th><th>got</th><th>error</th><th>tolerance</th><th>why</th></tr>\n");
    for (QuestionScore s : grade.scores()) {
      html.append("<tr><td>").append(escape(s.id())).append("</td><td>")
          .append(Gradebook.points(s.awarded())).append(" / ").append(Gradebook.points(s.points()))
          .append("</td>");
      for (String cell : new String[] {s.outcome(), s.expected(), s.got(), s.error(),
          s.tolerance(), s.why()}) {
        html.append("<td>").append(escape(cell)).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</table>\n</body></html>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
