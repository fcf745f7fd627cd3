package com.scalemart.devstack.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Mode;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.EmbeddedEngines;
import com.scalemart.devstack.engine.EngineKind;
import com.scalemart.devstack.engine.Endpoints;
import com.scalemart.devstack.engine.ExternalEngines;
import com.scalemart.devstack.engine.StartedEngine;
import com.scalemart.devstack.nginx.Balancing;
import com.scalemart.devstack.process.ExtractedJar;
import com.scalemart.devstack.process.JvmFlags;
import com.scalemart.devstack.process.Processes;
import com.scalemart.devstack.process.ServiceProcess;
import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.service.ServiceEnvironment;
import com.scalemart.devstack.service.ServiceInstance;
import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;

/**
 * {@code up}: checks everything that can be checked before anything starts (another run,
 * ports, jars), then starts the engines and the services one by one, each waited for
 * until ready. On any failure it stops what it started and rethrows.
 */
public final class StackLauncher {

	static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(15);

	private static final Duration POLL = Duration.ofMillis(250);

	private final Settings settings;

	private final List<ServiceDefinition> services;

	private final PrintStream out;

	private final Preflight preflight;

	private final Topology topology;

	public StackLauncher(Settings settings, List<ServiceDefinition> services, PrintStream out) {
		this(settings, services, Topology.single(), out);
	}

	/**
	 * @param settings the run's settings
	 * @param services the services, in start order
	 * @param topology instances per service, faults, and NGINX in front or not
	 * @param out where progress goes
	 */
	public StackLauncher(Settings settings, List<ServiceDefinition> services, Topology topology, PrintStream out) {
		this.settings = settings;
		this.services = List.copyOf(services);
		this.topology = topology;
		this.out = out;
		this.preflight = new Preflight(settings, this.services, topology);
	}

	/**
	 * Starts the stack. The returned stack stays registered for a clean stop at JVM
	 * shutdown (Ctrl-C, SIGTERM from {@code down}).
	 * @return the running stack
	 * @throws DevStackException (or an engine's exception) if anything fails; by then
	 * everything started has been stopped again
	 */
	public RunningStack launch() {
		StateFile stateFile = new StateFile(this.settings.stateFile());
		this.preflight.check(stateFile);
		createDirectories();
		EngineLogs.redirectTo(this.settings.logsDir().resolve("engines.log"));
		ProcessHandle self = ProcessHandle.current();
		RunningStack stack = new RunningStack(stateFile, new StackState(self.pid(), Processes.startMillis(self),
				this.settings.mode().name().toLowerCase(Locale.ROOT), List.of()), this.out);
		Thread hook = new Thread(stack::stop, "scalemart-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			List<EngineKind> engines = engines();
			noteMissingReplica();
			List<ServiceInstance> instances = this.topology.instances(this.services);
			Balancing balancing = this.topology.balancing();
			Progress progress = new Progress(this.out,
					engines.size() + instances.size() + ((balancing != null) ? 1 : 0));
			Endpoints endpoints = Endpoints.none();
			for (EngineKind engine : engines) {
				endpoints = (this.settings.mode() == Mode.EMBEDDED) ? startEmbedded(engine, endpoints, stack, progress)
						: checkExternal(engine, endpoints, stack, progress);
			}
			for (ServiceInstance instance : instances) {
				startService(instance, endpoints, stack, progress);
			}
			if (balancing != null) {
				LoadBalancerStart.start(this.settings, balancing,
						instances.stream()
							.filter((instance) -> ServiceRegistry.GATEWAY.equals(instance.service().name()))
							.toList(),
						stack, progress);
			}
			return stack;
		}
		catch (RuntimeException ex) {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException shuttingDown) {
				// the hook is already stopping the stack
			}
			stack.stop();
			throw ex;
		}
	}

	/**
	 * Embedded mode starts all engines, as every service will need them, MariaDB's
	 * replica in the same step as MariaDB; external mode checks only those the registered
	 * services use, and the replica only when there is one.
	 */
	private List<EngineKind> engines() {
		List<EngineKind> engines = new ArrayList<>();
		for (EngineKind kind : EngineKind.values()) {
			if (this.settings.mode() == Mode.EMBEDDED) {
				if (kind != EngineKind.MARIADB_REPLICA) {
					engines.add(kind);
				}
			}
			else if (this.services.stream().anyMatch((s) -> s.needs(kind))
					&& (kind != EngineKind.MARIADB_REPLICA || this.settings.externalMariaDbReplica() != null)) {
				engines.add(kind);
			}
		}
		return engines;
	}

	private boolean replicaWanted() {
		return this.services.stream().anyMatch((service) -> service.needs(EngineKind.MARIADB_REPLICA));
	}

	/**
	 * External mode without {@code SCALEMART_MARIADB_REPLICA}: the services that would
	 * read from a replica read from the primary, which the output says.
	 */
	private void noteMissingReplica() {
		if (this.settings.mode() != Mode.EXTERNAL || this.settings.externalMariaDbReplica() != null) {
			return;
		}
		List<String> readers = this.services.stream()
			.filter((service) -> service.needs(EngineKind.MARIADB_REPLICA))
			.map(ServiceDefinition::name)
			.toList();
		if (!readers.isEmpty()) {
			this.out.println("No read replica: " + String.join(", ", readers) + " reads from the primary alone. Set "
					+ Settings.MARIADB_REPLICA
					+ "=host:port to give it one (deploy/mariadb/replica.sh start makes one, see docs/devstack.md).");
		}
	}

	private Endpoints startEmbedded(EngineKind kind, Endpoints endpoints, RunningStack stack, Progress progress) {
		Progress.Step step = progress.begin(kind.displayName() + " starting");
		try {
			Path data = this.settings.dataDir();
			Path log = this.settings.logsDir().resolve("engines.log");
			boolean replica = kind == EngineKind.MARIADB && replicaWanted();
			Endpoints result = ConsoleCapture.into(log, () -> switch (kind) {
				case MARIADB -> replica ? startMariaDbWithReplica(endpoints, stack, data)
						: endpoints.with(stack
							.start(() -> EmbeddedEngines.mariaDb(this.settings.mariaDbPort(), data), this::component)
							.endpoint());
				case MARIADB_REPLICA -> throw new IllegalStateException("the replica starts with MariaDB");
				case REDIS ->
					endpoints.with(stack.start(() -> EmbeddedEngines.redis(this.settings.redisPort()), this::component)
						.endpoint());
				case KAFKA -> endpoints
					.with(stack.start(() -> EmbeddedEngines.kafka(this.settings.kafkaPort(), data), this::component)
						.endpoint());
			});
			step.done("ready on port " + port(kind)
					+ (replica ? ", its replica on port " + this.settings.mariaDbReplicaPort() + " replicating," : "")
					+ " in");
			return result;
		}
		catch (RuntimeException ex) {
			step.failed();
			throw ex;
		}
	}

	private Endpoints startMariaDbWithReplica(Endpoints endpoints, RunningStack stack, Path data) {
		List<StartedEngine<MariaDbEndpoint>> pair = stack.startAll(
				() -> EmbeddedEngines.mariaDbWithReplica(this.settings.mariaDbPort(),
						this.settings.mariaDbReplicaPort(), data),
				(started) -> started.stream().map(this::component).toList());
		return endpoints.with(pair.get(0).endpoint()).withReplica(pair.get(1).endpoint());
	}

	private int port(EngineKind kind) {
		return switch (kind) {
			case MARIADB -> this.settings.mariaDbPort();
			case MARIADB_REPLICA -> this.settings.mariaDbReplicaPort();
			case REDIS -> this.settings.redisPort();
			case KAFKA -> this.settings.kafkaPort();
		};
	}

	private RunningStack.Component component(StartedEngine<?> engine) {
		StateEntry entry = new StateEntry(engine.kind().displayName(), StateEntry.ENGINE, engine.port(), engine.pid(),
				(engine.pid() > 0) ? ProcessHandle.of(engine.pid()).map(Processes::startMillis).orElse(0L) : 0L,
				engine.url());
		return new RunningStack.Component(entry, () -> {
			try {
				engine.handle().close();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		});
	}

	private Endpoints checkExternal(EngineKind kind, Endpoints endpoints, RunningStack stack, Progress progress) {
		Progress.Step step = progress.begin("checking " + kind.displayName());
		try {
			Endpoints result;
			String url;
			int port;
			String state = "";
			switch (kind) {
				case MARIADB -> {
					MariaDbEndpoint endpoint = ExternalEngines.mariaDb(this.settings);
					result = endpoints.with(endpoint);
					url = "jdbc:mariadb://" + endpoint.host() + ":" + endpoint.port();
					port = endpoint.port();
				}
				case MARIADB_REPLICA -> {
					ExternalEngines.CheckedReplica replica = ExternalEngines.mariaDbReplica(this.settings);
					MariaDbEndpoint endpoint = replica.endpoint();
					result = endpoints.withReplica(endpoint);
					url = "jdbc:mariadb://" + endpoint.host() + ":" + endpoint.port();
					port = endpoint.port();
					// a replica that lags or stopped still serves: the catalog reads the
					// primary until it is in sync, so this is reported, not refused
					String error = replica.status().lastError();
					state = replica.status().running() ? ", replicating,"
							: ", not replicating" + (error.isEmpty() ? "" : " (" + error + ")") + ",";
				}
				case REDIS -> {
					RedisEndpoint endpoint = ExternalEngines.redis(this.settings);
					result = endpoints.with(endpoint);
					url = "redis://" + endpoint.host() + ":" + endpoint.port();
					port = endpoint.port();
				}
				case KAFKA -> {
					KafkaEndpoint endpoint = ExternalEngines.kafka(this.settings);
					result = endpoints.with(endpoint);
					url = "kafka://" + endpoint.bootstrapServers();
					port = 0;
				}
				default -> throw new IllegalStateException(kind.name());
			}
			stack.record(new RunningStack.Component(
					new StateEntry(kind.displayName(), StateEntry.EXTERNAL, port, 0, 0, url), () -> {
					}));
			step.done("reachable at " + url + state + " in");
			return result;
		}
		catch (RuntimeException ex) {
			step.failed();
			throw ex;
		}
	}

	private void startService(ServiceInstance instance, Endpoints endpoints, RunningStack stack, Progress progress) {
		ServiceDefinition service = instance.service();
		String name = instance.entryName();
		Progress.Step step = progress.begin(name + " starting");
		try {
			if (instance.number() == 1) {
				for (String database : service.databases()) {
					endpoints.requireMariaDb().createDatabase(database);
				}
			}
			int port = instance.port(this.settings);
			String url = "http://127.0.0.1:" + port;
			Path log = instance.logFile(this.settings);
			markLog(log);
			List<String> command = new ArrayList<>();
			command.add(this.settings.java().toString());
			// one archive per instance: instances of a service exit together and each
			// writes its own
			command.addAll(JvmFlags.forService(this.settings.cdsDir().resolve(name + ".jsa")));
			command.add("-jar");
			command.add(
					ExtractedJar
						.prepare(this.settings.java(), service.jarPath(this.settings), this.settings.appsDir(),
								service.name(), log)
						.toString());
			ServiceProcess process = stack.start(
					() -> ServiceProcess.start(command,
							ServiceEnvironment.of(instance, this.settings, endpoints, this.topology.faults()),
							this.settings.home(), log),
					(started) -> new RunningStack.Component(
							new StateEntry(name, StateEntry.SERVICE, port, started.pid(),
									Processes.startMillis(started.handle()), url),
							() -> started.stop(SERVICE_STOP_GRACE)));
			String logName = this.settings.display(log);
			stack.watch(name, process, logName);
			awaitReady(name, service, process, url, logName, stack);
			step.done("ready at " + url + " in");
		}
		catch (RuntimeException ex) {
			step.failed();
			throw ex;
		}
	}

	private void awaitReady(String name, ServiceDefinition service, ServiceProcess process, String url, String log,
			RunningStack stack) {
		ReadinessWait wait = new ReadinessWait(this.settings.readyTimeout(), POLL);
		wait.until(name, process, url, service.readyPaths(), log, stack::isStopped);
	}

	private void markLog(Path log) {
		try {
			Files.createDirectories(log.getParent());
			Files.writeString(log, "==== scalemart up " + Instant.now() + " ====\n", StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new DevStackException(
					"cannot write " + log + " (" + ex.getMessage() + "): make it writable or set SCALEMART_STATE_DIR",
					ex);
		}
	}

	private void createDirectories() {
		for (Path dir : List.of(this.settings.stateDir(), this.settings.logsDir(), this.settings.dataDir(),
				this.settings.cdsDir(), this.settings.appsDir())) {
			try {
				Files.createDirectories(dir);
			}
			catch (IOException ex) {
				throw new DevStackException("cannot create " + dir + " (" + ex.getMessage()
						+ "): make it writable or point SCALEMART_STATE_DIR elsewhere", ex);
			}
		}
	}

}
