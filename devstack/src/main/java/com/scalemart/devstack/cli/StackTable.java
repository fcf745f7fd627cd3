package com.scalemart.devstack.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.table.TextTable;

/**
 * The table {@code up} prints once everything is ready.
 */
final class StackTable {

	private StackTable() {
	}

	static String render(StackState state) {
		TextTable table = TextTable.withHeaders("NAME", "KIND", "PORT", "PID", "URL");
		table.row("launcher", "launcher", "-", Long.toString(state.launcherPid()), "-");
		for (StateEntry entry : servicesFirst(state)) {
			table.row(entry.name(), entry.kind(), port(entry), pid(entry, state), entry.url());
		}
		return table.render();
	}

	/**
	 * The entry point (the gateway) first, then the other services in start order, then
	 * the engines.
	 */
	static List<StateEntry> servicesFirst(StackState state) {
		return Stream
			.of(state.entries().stream().filter((entry) -> StateEntry.PROXY.equals(entry.kind())),
					state.entries().stream().filter(StackTable::isGateway),
					state.entries().stream().filter((entry) -> entry.isService() && !isEntryPoint(entry)),
					state.entries().stream().filter((entry) -> !entry.isService() && !isEntryPoint(entry)))
			.flatMap((entries) -> entries)
			.toList();
	}

	/**
	 * NGINX when it runs in front of the gateways, else the (first) gateway.
	 */
	static Optional<StateEntry> entryPoint(StackState state) {
		return state.entries()
			.stream()
			.filter((entry) -> StateEntry.PROXY.equals(entry.kind()))
			.findFirst()
			.or(() -> state.entries().stream().filter(StackTable::isGateway).findFirst());
	}

	private static boolean isEntryPoint(StateEntry entry) {
		return StateEntry.PROXY.equals(entry.kind()) || isGateway(entry);
	}

	private static boolean isGateway(StateEntry entry) {
		return entry.isService() && entry.name().matches(ServiceRegistry.GATEWAY + "(-\\d+)?");
	}

	static String port(StateEntry entry) {
		return (entry.port() > 0) ? Integer.toString(entry.port()) : "-";
	}

	static String pid(StateEntry entry, StackState state) {
		if (entry.pid() <= 0) {
			return "-";
		}
		// the in-process Kafka broker shares the launcher's JVM
		return (entry.pid() == state.launcherPid()) ? entry.pid() + " (launcher)" : Long.toString(entry.pid());
	}

}
