package com.scalemart.devstack.service;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.scalemart.devstack.DevStackException;

/**
 * Faults injected into single instances with {@code up --inject}, e.g.
 * {@code catalog-2=latency:200ms,user-1=fail:0.5}. They reach the instance as
 * {@code SCALEMART_WEB_CHAOS_LATENCY} and {@code SCALEMART_WEB_CHAOS_FAILURE_RATE}, which
 * platform-web's filter of the servlet services honours; the gateway has no such filter.
 *
 * @param byInstance the variables per instance id (e.g. {@code catalog-service-2})
 */
public record Faults(Map<String, Map<String, String>> byInstance) {

	static final String LATENCY = "SCALEMART_WEB_CHAOS_LATENCY";

	static final String FAILURE_RATE = "SCALEMART_WEB_CHAOS_FAILURE_RATE";

	private static final Pattern INSTANCE = Pattern.compile("(.+)-(\\d+)");

	private static final Pattern LATENCY_VALUE = Pattern.compile("(\\d{1,5})ms");

	public Faults {
		byInstance = Map.copyOf(byInstance);
	}

	public static Faults none() {
		return new Faults(Map.of());
	}

	/**
	 * Parses the value of {@code --inject}.
	 * @param text e.g. {@code catalog-2=latency:200ms} or {@code catalog-3=fail:0.5}
	 * @param scale the instances that run, so that a fault names one of them
	 * @return the faults
	 * @throws DevStackException naming what is wrong
	 */
	public static Faults parse(String text, Scale scale) {
		Map<String, Map<String, String>> faults = new LinkedHashMap<>();
		for (String part : text.split(",")) {
			String[] pair = part.trim().split("=", -1);
			Matcher instance = INSTANCE.matcher((pair.length == 2) ? pair[0].trim() : "");
			if (!instance.matches()) {
				throw new DevStackException(
						"--inject takes instance=fault pairs, e.g. catalog-2=latency:200ms or catalog-3=fail:0.5, got '"
								+ text + "'");
			}
			ServiceDefinition service = Scale.lookUp(instance.group(1));
			int number = Integer.parseInt(instance.group(2));
			if (ServiceRegistry.GATEWAY.equals(service.name())) {
				throw new DevStackException(
						"--inject: the gateway has no fault filter; slow a catalog instance behind it"
								+ " (catalog-2=latency:200ms) or use ./scalemart lab lb, which slows a gateway by its CPU");
			}
			if (number < 1 || number > scale.of(service)) {
				throw new DevStackException(
						"--inject names " + pair[0].trim() + ", but " + service.name() + " runs " + scale.of(service)
								+ " instance(s): raise it with --instances " + instance.group(1) + "=" + number);
			}
			faults.computeIfAbsent(new ServiceInstance(service, number).id(), (id) -> new LinkedHashMap<>())
				.putAll(fault(pair[1].trim()));
		}
		return new Faults(faults);
	}

	private static Map<String, String> fault(String value) {
		String text = value.toLowerCase(Locale.ROOT);
		if (text.startsWith("latency:")) {
			Matcher latency = LATENCY_VALUE.matcher(text.substring("latency:".length()));
			if (latency.matches()) {
				return Map.of(LATENCY, Duration.ofMillis(Long.parseLong(latency.group(1))).toMillis() + "ms");
			}
		}
		else if (text.startsWith("fail:")) {
			try {
				double rate = Double.parseDouble(text.substring("fail:".length()));
				if (rate >= 0 && rate <= 1) {
					return Map.of(FAILURE_RATE, Double.toString(rate));
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		throw new DevStackException(
				"--inject faults are latency:<N>ms or fail:<rate from 0 to 1>, e.g. latency:200ms or fail:0.5, got '"
						+ value + "'");
	}

	/**
	 * The variables of one instance.
	 * @param instance the instance
	 * @return its fault variables, empty when none is injected
	 */
	public Map<String, String> of(ServiceInstance instance) {
		return this.byInstance.getOrDefault(instance.id(), Map.of());
	}

}
