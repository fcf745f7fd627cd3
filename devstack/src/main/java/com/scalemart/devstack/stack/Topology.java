package com.scalemart.devstack.stack;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.scalemart.devstack.nginx.Balancing;
import com.scalemart.devstack.service.Faults;
import com.scalemart.devstack.service.Scale;
import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.service.ServiceInstance;
import com.scalemart.devstack.service.ServiceRegistry;

/**
 * The shape of a run: instances per service, faults injected into some, and NGINX in
 * front of the gateways with an algorithm, or no NGINX.
 *
 * @param scale instances per service
 * @param faults faults per instance
 * @param balancing NGINX's algorithm, or {@code null} for no NGINX
 */
public record Topology(Scale scale, Faults faults, @Nullable Balancing balancing) {

	/**
	 * One instance of each service, no NGINX: plain {@code up}.
	 * @return the topology
	 */
	public static Topology single() {
		return new Topology(Scale.single(), Faults.none(), null);
	}

	/**
	 * Puts NGINX in front when asked to, or when there is more than one gateway to spread
	 * the load over (then round robin).
	 * @param scale instances per service
	 * @param faults faults per instance
	 * @param balancing the algorithm given, or {@code null}
	 * @return the topology
	 */
	public static Topology of(Scale scale, Faults faults, @Nullable Balancing balancing) {
		boolean gateways = scale.of(ServiceRegistry.require(ServiceRegistry.GATEWAY)) > 1;
		return new Topology(scale, faults,
				(balancing == null && gateways) ? Balancing.of(Balancing.Algorithm.ROUND_ROBIN) : balancing);
	}

	public List<ServiceInstance> instances(List<ServiceDefinition> services) {
		return this.scale.instances(services);
	}

}
