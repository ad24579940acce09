package org.tacit.experiment;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    return chart(dir, stem, title, "", xLabel, yLabel, series, true);
  }

  /**
   * Like {@link #logLog(Path, String, String, String, String, Map)} with a subtitle under the title
   * stating the figure's parameters (sizes, seeds, constants), in the PNG and the SVG.
   */
  public static List<Path> logLog(Path dir, String stem, String title, String subtitle,
      String xLabel, String yLabel, Map<String, double[][]> series) {
    return chart(dir, stem, title, subtitle, xLabel, yLabel, series, true);
  }

  /**
   * Like {@link #logLog} with a linear y axis (y values may be zero or negative; non-finite ones
   * are skipped).
   */
  public static List<Path> semiLogX(Path dir, String stem, String title, String xLabel,
      String yLabel, Map<String, double[][]> series) {
    return chart(dir, stem, title, "", xLabel, yLabel, series, false);
  }

  /** Like {@link #semiLogX(Path, String, String, String, String, Map)} with a subtitle. */
  public static List<Path> semiLogX(Path dir, String stem, String title, String subtitle,
      String xLabel, String yLabel, Map<String, double[][]> series) {
    return chart(dir, stem, title, subtitle, xLabel, yLabel, series, false);
  }

  private static List<Path> chart(Path dir, String stem, String title, String subtitle,
      String xLabel, String yLabel, Map<String, double[][]> series, boolean logY) {
    System.setProperty("java.awt.headless", "true");
    boolean xWide = decades(series, 0) > MAX_LOG_AXIS_DECADES;
    boolean yWide = logY && decades(series, 1) > MAX_LOG_AXIS_DECADES;
    XYChart chart = new XYChartBuilder().width(800).height(600)
        .title(subtitle.isBlank() ? title : " ")
        .xAxisTitle(xWide ? "log10 " + xLabel : xLabel)
        .yAxisTitle(yWide ? "log10 " + yLabel : yLabel).build();
    boolean xLog = !xWide && decades(series, 0) >= MIN_LOG_AXIS_DECADES;
    chart.getStyler().setXAxisLogarithmic(xLog);
    boolean yLog = logY && !yWide && decades(series, 1) >= MIN_LOG_AXIS_DECADES;
    chart.getStyler().setYAxisLogarithmic(yLog);
    if (!xLog && !xWide) {
      chart.getStyler().setXAxisDecimalPattern(decimalPattern(series, 0));
    }
    if (!yLog && !yWide) {
      chart.getStyler().setYAxisDecimalPattern(decimalPattern(series, 1));
    }
    if (!subtitle.isBlank()) {
      chart.getStyler().setChartTitlePadding(16);
    }
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
      BufferedImage image = BitmapEncoder.getBufferedImage(chart);
      if (!subtitle.isBlank()) {
        drawCentred(image, title, new Font(Font.SANS_SERIF, Font.BOLD, 14), 20);
        drawCentred(image, subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12), 40);
      }
      ImageIO.write(image, "png", png.toFile());
      Files.writeString(svg, svg(title, subtitle, xLabel, yLabel, series, logY),
          StandardCharsets.UTF_8);
      return List.of(png, svg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws {@code text} centred on the image at baseline {@code y} (title and subtitle). */
  private static void drawCentred(BufferedImage image, String text, Font font, int y) {
    Graphics2D graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    graphics.setColor(Color.BLACK);
    graphics.setFont(font);
    int width = graphics.getFontMetrics().stringWidth(text);
    graphics.drawString(text, (image.getWidth() - width) / 2, y);
    graphics.dispose();
  }

  /**
   * A PNG axis spanning more decades than this is drawn linearly in log10 units (XChart labels
   * every decade of a log axis, which becomes unreadable); the SVG thins its decade labels instead.
   */
  static final double MAX_LOG_AXIS_DECADES = 12;

  /**
   * A PNG log axis spanning fewer decades than this (padding included) is drawn linearly, with
   * {@link #decimalPattern} labels (XChart labels only powers of ten on a log axis, so a short
   * one shows a single label).
   */
  static final double MIN_LOG_AXIS_DECADES = 1.5;

  private static double decades(Map<String, double[][]> series, int axis) {
    double[] range = range(series, axis, true);
    return range[1] - range[0];
  }

  /**
   * The tick label pattern of a linear PNG axis: scientific ({@code 1.8E-3}) when the largest
   * finite magnitude is below 1e-2 or at least 1e5 (where XChart's default prints {@code .0018} or
   * long digit strings), else plain decimals.
   */
  static String decimalPattern(Map<String, double[][]> series, int axis) {
    double largest = 0;
    for (double[][] xy : series.values()) {
      for (double v : xy[axis]) {
        if (Double.isFinite(v)) {
          largest = Math.max(largest, Math.abs(v));
        }
      }
    }
    return largest > 0 && (largest < 1e-2 || largest >= 1e5) ? "0.##E0" : "0.###";
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
    return svg(title, "", xLabel, yLabel, series, true);
  }

  /**
   * The SVG document of a chart with a log x axis and a log or linear y axis (800 x 600), with an
   * optional subtitle line. A log axis spanning fewer than {@link #MINOR_TICK_DECADES} decades
   * also labels 2 and 5 times each power of ten.
   */
  static String svg(String title, String subtitle, String xLabel, String yLabel,
      Map<String, double[][]> series, boolean logY) {
    double[] xRange = range(series, 0, true);
    double[] yRange = range(series, 1, logY);
    double left = 90;
    double right = 600;
    double top = subtitle.isBlank() ? 50 : 62;
    double bottom = 530;
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\" "
        + "font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"800\" height=\"600\" fill=\"white\"/>\n");
    out.append(text(400, 25, escape(title), "middle", 16));
    if (!subtitle.isBlank()) {
      out.append(text(400, 44, escape(subtitle), "middle", 12));
    }
    out.append(text((left + right) / 2, 575, escape(xLabel), "middle", 13));
    out.append(String.format(Locale.ROOT,
        "<text x=\"20\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 20 %.1f)\">%s</text>%n",
        (top + bottom) / 2, (top + bottom) / 2, escape(yLabel)));
    out.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"black\"/>%n",
        left, top, right - left, bottom - top));
    for (double[] tick : logTicks(xRange)) {
      double px = left + (tick[0] - xRange[0]) / (xRange[1] - xRange[0]) * (right - left);
      if (px >= left - ExperimentTolerances.PLOT_TICK_SLACK
          && px <= right + ExperimentTolerances.PLOT_TICK_SLACK) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
            px, top, px, bottom));
        out.append(text(px, bottom + 18, logLabel(tick), "middle", 11));
      }
    }
    List<double[]> yTicks = logY ? logTicks(yRange) : linearTicks(yRange);
    for (double[] tick : yTicks) {
      double py = bottom - (tick[0] - yRange[0]) / (yRange[1] - yRange[0]) * (bottom - top);
      if (py >= top - ExperimentTolerances.PLOT_TICK_SLACK
          && py <= bottom + ExperimentTolerances.PLOT_TICK_SLACK) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
            left, py, right, py));
        String label = logY ? logLabel(tick) : String.format(Locale.ROOT, "%.4g", tick[0]);
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

  /** A log axis spanning fewer decades than this labels 2 and 5 times each power of ten too. */
  static final double MINOR_TICK_DECADES = 2.5;

  /**
   * The labelled ticks of a log axis over {@code range} (in log10 units), as pairs
   * {@code (log10 value, mantissa)}: every {@link #tickStep}-th power of ten (mantissa 1), plus
   * mantissas 2 and 5 when the span is below {@link #MINOR_TICK_DECADES}.
   */
  static List<double[]> logTicks(double[] range) {
    List<double[]> ticks = new ArrayList<>();
    boolean minor = range[1] - range[0] < MINOR_TICK_DECADES;
    int step = minor ? 1 : tickStep(range);
    for (int e = step * (int) Math.floor(range[0] / step); e <= Math.ceil(range[1]); e += step) {
      ticks.add(new double[] {e, 1});
      if (minor) {
        ticks.add(new double[] {e + Math.log10(2), 2});
        ticks.add(new double[] {e + Math.log10(5), 5});
      }
    }
    return ticks;
  }

  /** The label of a log tick: {@code 1e-3}, {@code 2e-3}, {@code 5e-3}. */
  private static String logLabel(double[] tick) {
    return (int) tick[1] + "e" + Math.round(tick[0] - Math.log10(tick[1]));
  }

  /** The ticks of a linear axis, as pairs {@code (value, 1)}, spaced by {@link #linearStep}. */
  private static List<double[]> linearTicks(double[] range) {
    double step = linearStep(range);
    List<double[]> ticks = new ArrayList<>();
    for (double e = step * Math.floor(range[0] / step);
        e <= range[1] + ExperimentTolerances.PLOT_TICK_SLACK * step; e += step) {
      ticks.add(new double[] {e, 1});
    }
    return ticks;
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
