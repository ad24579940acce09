package org.tacit.experiment;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Log-log line charts written as PNG (XChart, headless) and SVG (written directly: a plain SVG
 * document with axes in decades, one polyline per series and a legend).
 *
 * <p>Preconditions: every x and y value positive and finite (non-positive points are skipped in
 * the SVG and rejected by XChart's log axes, so callers filter them and say so).
 */
public final class Plots {

  /**
   * The Okabe-Ito palette (colour-blind safe), in the same order for the PNG and the SVG of a
   * chart, so that a series has one colour in both.
   */
  private static final String[] COLORS = {"#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7",
      "#56B4E9", "#000000", "#F0E442"};

  private Plots() {}

  /**
   * Writes {@code stem.png} and {@code stem.svg} into {@code dir}: one line per series (x, y arrays
   * of equal length), log scales on both axes. Returns the two files.
   */
  public static List<Path> logLog(Path dir, String stem, String title, String xLabel,
      String yLabel, Map<String, double[][]> series) {
    return chart(dir, stem, title, xLabel, yLabel, series, true);
  }

  /**
   * Like {@link #logLog} with a linear y axis (y values may be zero or negative; non-finite ones
   * are skipped).
   */
  public static List<Path> semiLogX(Path dir, String stem, String title, String xLabel,
      String yLabel, Map<String, double[][]> series) {
    return chart(dir, stem, title, xLabel, yLabel, series, false);
  }

  private static List<Path> chart(Path dir, String stem, String title, String xLabel,
      String yLabel, Map<String, double[][]> series, boolean logY) {
    System.setProperty("java.awt.headless", "true");
    boolean xWide = decades(series, 0) > MAX_LOG_AXIS_DECADES;
    boolean yWide = logY && decades(series, 1) > MAX_LOG_AXIS_DECADES;
    XYChart chart = new XYChartBuilder().width(800).height(600).title(title)
        .xAxisTitle(xWide ? "log10 " + xLabel : xLabel)
        .yAxisTitle(yWide ? "log10 " + yLabel : yLabel).build();
    chart.getStyler().setXAxisLogarithmic(!xWide && decades(series, 0) >= MIN_LOG_AXIS_DECADES);
    chart.getStyler().setYAxisLogarithmic(logY && !yWide);
    int index = 0;
    for (Map.Entry<String, double[][]> entry : series.entrySet()) {
      Color color = Color.decode(COLORS[index % COLORS.length]);
      XYSeries added = chart.addSeries(entry.getKey(), axisValues(entry.getValue()[0], xWide),
          axisValues(entry.getValue()[1], yWide));
      added.setMarker(SeriesMarkers.CIRCLE);
      added.setLineColor(color);
      added.setMarkerColor(color);
      index++;
    }
    try {
      Files.createDirectories(dir);
      Path png = dir.resolve(stem + ".png");
      Path svg = dir.resolve(stem + ".svg");
      ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", png.toFile());
      Files.writeString(svg, svg(title, xLabel, yLabel, series, logY), StandardCharsets.UTF_8);
      return List.of(png, svg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PNG axis spanning more decades than this is drawn linearly in log10 units (XChart labels
   * every decade of a log axis, which becomes unreadable); the SVG thins its decade labels instead.
   */
  static final double MAX_LOG_AXIS_DECADES = 12;

  /** A PNG x axis spanning fewer decades than this (padding included) is drawn linearly. */
  static final double MIN_LOG_AXIS_DECADES = 1.5;

  private static double decades(Map<String, double[][]> series, int axis) {
    double[] range = range(series, axis, true);
    return range[1] - range[0];
  }

  private static double[] axisValues(double[] values, boolean log10) {
    if (!log10) {
      return values;
    }
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.log10(values[i]);
    }
    return out;
  }

  /** Decades between labelled grid lines: 1, 2, 5, 10, 20, 50, ... so that at most ~12 show. */
  static int tickStep(double[] range) {
    double span = range[1] - range[0];
    for (int base = 1; ; base *= 10) {
      for (int mantissa : new int[] {1, 2, 5}) {
        if (span / (mantissa * base) <= MAX_LOG_AXIS_DECADES) {
          return mantissa * base;
        }
      }
    }
  }

  /** The SVG document of a log-log chart (800 x 600). */
  static String svg(String title, String xLabel, String yLabel, Map<String, double[][]> series) {
    return svg(title, xLabel, yLabel, series, true);
  }

  /** The SVG document of a chart with a log x axis and a log or linear y axis (800 x 600). */
  static String svg(String title, String xLabel, String yLabel, Map<String, double[][]> series,
      boolean logY) {
    double[] xRange = range(series, 0, true);
    double[] yRange = range(series, 1, logY);
    double left = 90;
    double right = 600;
    double top = 50;
    double bottom = 530;
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\" "
        + "font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"800\" height=\"600\" fill=\"white\"/>\n");
    out.append(text(400, 25, escape(title), "middle", 16));
    out.append(text((left + right) / 2, 575, escape(xLabel), "middle", 13));
    out.append(String.format(Locale.ROOT,
        "<text x=\"20\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 20 %.1f)\">%s</text>%n",
        (top + bottom) / 2, (top + bottom) / 2, escape(yLabel)));
    out.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"black\"/>%n",
        left, top, right - left, bottom - top));
    int xStep = tickStep(xRange);
    for (int e = xStep * (int) Math.floor(xRange[0] / xStep); e <= Math.ceil(xRange[1]);
        e += xStep) {
      double px = left + (e - xRange[0]) / (xRange[1] - xRange[0]) * (right - left);
      if (px >= left - ExperimentTolerances.PLOT_TICK_SLACK
          && px <= right + ExperimentTolerances.PLOT_TICK_SLACK) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
            px, top, px, bottom));
        out.append(text(px, bottom + 18, "1e" + e, "middle", 11));
      }
    }
    double yStep = logY ? tickStep(yRange) : linearStep(yRange);
    for (double e = yStep * Math.floor(yRange[0] / yStep);
        e <= yRange[1] + ExperimentTolerances.PLOT_TICK_SLACK * yStep; e += yStep) {
      double py = bottom - (e - yRange[0]) / (yRange[1] - yRange[0]) * (bottom - top);
      if (py >= top - ExperimentTolerances.PLOT_TICK_SLACK
          && py <= bottom + ExperimentTolerances.PLOT_TICK_SLACK) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
            left, py, right, py));
        String label = logY ? "1e" + Math.round(e) : String.format(Locale.ROOT, "%.4g", e);
        out.append(text(left - 6, py + 4, label, "end", 11));
      }
    }
    int index = 0;
    for (Map.Entry<String, double[][]> entry : series.entrySet()) {
      String color = COLORS[index % COLORS.length];
      StringBuilder points = new StringBuilder();
      double[] xs = entry.getValue()[0];
      double[] ys = entry.getValue()[1];
      for (int i = 0; i < xs.length; i++) {
        if (xs[i] > 0 && (ys[i] > 0 || !logY) && Double.isFinite(xs[i])
            && Double.isFinite(ys[i])) {
          double yValue = logY ? Math.log10(ys[i]) : ys[i];
          double px = left + (Math.log10(xs[i]) - xRange[0]) / (xRange[1] - xRange[0]) * (right - left);
          double py = bottom - (yValue - yRange[0]) / (yRange[1] - yRange[0]) * (bottom - top);
          points.append(String.format(Locale.ROOT, "%.2f,%.2f ", px, py));
          out.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"3\" fill=\"%s\"/>%n",
              px, py, color));
        }
      }
      out.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" points=\"")
          .append(points.toString().strip()).append("\"/>\n");
      double ly = top + 15 + 18 * index;
      out.append(String.format(Locale.ROOT, "<line x1=\"615\" y1=\"%.1f\" x2=\"640\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>%n",
          ly - 4, ly - 4, color));
      out.append(text(645, ly, escape(entry.getKey()), "start", 11));
      index++;
    }
    return out.append("</svg>\n").toString();
  }

  /** Linear grid spacing 1, 2, 5 x 10^k giving 4 to 10 intervals. */
  static double linearStep(double[] range) {
    double raw = (range[1] - range[0]) / 8;
    double base = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double mantissa : new double[] {1, 2, 5, 10}) {
      if (mantissa * base >= raw) {
        return mantissa * base;
      }
    }
    return 10 * base;
  }

  private static double[] range(Map<String, double[][]> series, int axis, boolean log) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[][] xy : series.values()) {
      for (double v : xy[axis]) {
        if ((v > 0 || !log) && Double.isFinite(v)) {
          double t = log ? Math.log10(v) : v;
          lo = Math.min(lo, t);
          hi = Math.max(hi, t);
        }
      }
    }
    if (lo > hi) {
      return new double[] {0, 1};
    }
    double pad = Math.max(0.05 * (hi - lo), 0.1);
    return new double[] {lo - pad, hi + pad};
  }

  private static String text(double x, double y, String content, String anchor, int size) {
    return String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
        x, y, anchor, size, content);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
