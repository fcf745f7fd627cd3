package com.scalemart.devstack.lab;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.scalemart.devstack.DevStackException;

/**
 * The lab's two charts, drawn with Java2D so that the launcher needs no chart library:
 * grouped bars per algorithm, and lines over the number of connections.
 */
final class Charts {

	private static final int PANEL_WIDTH = 560;

	private static final int HEIGHT = 380;

	private static final Color[] SERIES = { new Color(0x1f77b4), new Color(0xd62728) };

	private Charts() {
	}

	/**
	 * Two series of bars per group, on panels side by side.
	 * @param file the PNG to write
	 * @param groups the group labels
	 * @param seriesNames the two series' names
	 * @param panels per panel: its title and, per series, one value per group
	 */
	static void bars(Path file, List<String> groups, List<String> seriesNames, List<Panel> panels) {
		BufferedImage image = image(panels.size());
		Graphics2D g = graphics(image);
		for (int p = 0; p < panels.size(); p++) {
			Panel panel = panels.get(p);
			int x0 = p * PANEL_WIDTH + 60;
			int plotWidth = PANEL_WIDTH - 80;
			double max = max(panel);
			axes(g, panel.title(), x0, plotWidth, max);
			double groupWidth = plotWidth / (double) groups.size();
			for (int i = 0; i < groups.size(); i++) {
				for (int s = 0; s < panel.series().size(); s++) {
					double value = panel.series().get(s).get(i);
					int barHeight = (int) ((HEIGHT - 110) * value / max);
					int bx = (int) (x0 + i * groupWidth + 6 + s * (groupWidth - 12) / 2);
					g.setColor(SERIES[s]);
					g.fillRect(bx, HEIGHT - 60 - barHeight, (int) ((groupWidth - 12) / 2) - 2, barHeight);
				}
				g.setColor(Color.DARK_GRAY);
				g.drawString(groups.get(i), (int) (x0 + i * groupWidth + 4), HEIGHT - 44);
			}
			legend(g, seriesNames, x0);
		}
		write(image, file);
	}

	/**
	 * One line per panel over x values spaced evenly (e.g. 1, 2, 4 … connections).
	 * @param file the PNG to write
	 * @param xs the x labels
	 * @param panels per panel: its title and one series of values
	 */
	static void lines(Path file, List<String> xs, List<Panel> panels) {
		BufferedImage image = image(panels.size());
		Graphics2D g = graphics(image);
		for (int p = 0; p < panels.size(); p++) {
			Panel panel = panels.get(p);
			int x0 = p * PANEL_WIDTH + 60;
			int plotWidth = PANEL_WIDTH - 80;
			double max = max(panel);
			axes(g, panel.title(), x0, plotWidth, max);
			List<Double> values = panel.series().get(0);
			double step = plotWidth / (double) Math.max(1, xs.size() - 1);
			g.setColor(SERIES[p % SERIES.length]);
			g.setStroke(new BasicStroke(2f));
			for (int i = 0; i < xs.size(); i++) {
				int x = (int) (x0 + i * step);
				int y = HEIGHT - 60 - (int) ((HEIGHT - 110) * values.get(i) / max);
				g.fillOval(x - 3, y - 3, 6, 6);
				if (i > 0) {
					int px = (int) (x0 + (i - 1) * step);
					int py = HEIGHT - 60 - (int) ((HEIGHT - 110) * values.get(i - 1) / max);
					g.drawLine(px, py, x, y);
				}
			}
			g.setColor(Color.DARK_GRAY);
			for (int i = 0; i < xs.size(); i++) {
				g.drawString(xs.get(i), (int) (x0 + i * step) - 6, HEIGHT - 44);
			}
			g.drawString("connections", x0 + plotWidth / 2 - 30, HEIGHT - 26);
		}
		write(image, file);
	}

	private static BufferedImage image(int panels) {
		return new BufferedImage(panels * PANEL_WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		return g;
	}

	private static void axes(Graphics2D g, String title, int x0, int plotWidth, double max) {
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		g.drawString(title, x0, 24);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		g.setStroke(new BasicStroke(1f));
		g.drawLine(x0, HEIGHT - 60, x0 + plotWidth, HEIGHT - 60);
		g.drawLine(x0, 50, x0, HEIGHT - 60);
		for (int tick = 0; tick <= 4; tick++) {
			int y = HEIGHT - 60 - (HEIGHT - 110) * tick / 4;
			g.setColor(new Color(0xdddddd));
			g.drawLine(x0 + 1, y, x0 + plotWidth, y);
			g.setColor(Color.DARK_GRAY);
			g.drawString(String.format(Locale.ROOT, "%.0f", max * tick / 4), x0 - 50, y + 4);
		}
	}

	private static void legend(Graphics2D g, List<String> names, int x0) {
		for (int s = 0; s < names.size(); s++) {
			g.setColor(SERIES[s]);
			g.fillRect(x0 + 10 + s * 150, HEIGHT - 24, 10, 10);
			g.setColor(Color.DARK_GRAY);
			g.drawString(names.get(s), x0 + 24 + s * 150, HEIGHT - 15);
		}
	}

	private static double max(Panel panel) {
		double max = panel.series().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(1);
		return (max > 0) ? max * 1.1 : 1;
	}

	private static void write(BufferedImage image, Path file) {
		try {
			ImageIO.write(image, "png", file.toFile());
		}
		catch (IOException ex) {
			throw new DevStackException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * @param title what the panel shows, with its unit
	 * @param series the values, one list per series
	 */
	record Panel(String title, List<List<Double>> series) {
	}

}
