package com.scalemart.devstack.stack;

import java.nio.file.Path;
import java.util.List;

import com.scalemart.devstack.config.HostPort;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.nginx.Balancing;
import com.scalemart.devstack.nginx.Nginx;
import com.scalemart.devstack.nginx.NginxBinary;
import com.scalemart.devstack.nginx.NginxConfig;
import com.scalemart.devstack.process.Processes;
import com.scalemart.devstack.service.ServiceInstance;
import com.scalemart.devstack.state.StateEntry;

/**
 * Starts NGINX in front of the gateway instances, last, once they all route: its config
 * rendered from {@code deploy/nginx/} into {@code <state dir>/nginx/}.
 */
final class LoadBalancerStart {

	static final String PORT_VARIABLE = "SCALEMART_NGINX_PORT";

	static final int DEFAULT_PORT = 8000;

	private LoadBalancerStart() {
	}

	static int port(Settings settings) {
		return Settings.port(settings.env(), PORT_VARIABLE, DEFAULT_PORT);
	}

	static void start(Settings settings, Balancing balancing, List<ServiceInstance> gateways, RunningStack stack,
			Progress progress) {
		Progress.Step step = progress.begin("nginx starting (" + balancing + " over " + gateways.size() + " gateway"
				+ ((gateways.size() == 1) ? "" : "s") + ")");
		try {
			int port = port(settings);
			String url = "http://127.0.0.1:" + port;
			NginxConfig config = NginxConfig.of(new HostPort("127.0.0.1", port),
					gateways.stream().map((gateway) -> new HostPort("127.0.0.1", gateway.port(settings))).toList(),
					balancing, settings.stateDir().resolve("nginx"));
			NginxBinary binary = NginxBinary.require(settings.env());
			Path log = settings.logsDir().resolve("nginx.log");
			Nginx nginx = stack.start(() -> Nginx.start(binary, Nginx.template(settings.home()), config, log),
					(started) -> new RunningStack.Component(new StateEntry("nginx", StateEntry.PROXY, port,
							started.process().pid(), Processes.startMillis(started.process().handle()), url),
							started::close));
			stack.watch("nginx", nginx.process(), settings.display(nginx.errorLog()));
			step.done("listening at " + url + " in");
		}
		catch (RuntimeException ex) {
			step.failed();
			throw ex;
		}
	}

}
