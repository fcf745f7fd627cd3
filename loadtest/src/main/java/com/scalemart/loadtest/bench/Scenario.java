package com.scalemart.loadtest.bench;

import java.util.Locale;

import com.scalemart.loadtest.simulation.AccountSimulation;
import com.scalemart.loadtest.simulation.BrowseSimulation;
import com.scalemart.loadtest.simulation.PingSimulation;
import com.scalemart.loadtest.simulation.SearchSimulation;

/**
 * The scenarios {@code ./scalemart bench} runs, and what each needs from the platform.
 */
public enum Scenario {

	BROWSE(BrowseSimulation.class, true), SEARCH(SearchSimulation.class, true), ACCOUNT(AccountSimulation.class, false),
	PING(PingSimulation.class, false);

	private final Class<?> simulation;

	private final boolean needsProducts;

	Scenario(Class<?> simulation, boolean needsProducts) {
		this.simulation = simulation;
		this.needsProducts = needsProducts;
	}

	public Class<?> simulation() {
		return this.simulation;
	}

	/**
	 * @return whether the catalog must hold the seeded products first
	 */
	public boolean needsProducts() {
		return this.needsProducts;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
