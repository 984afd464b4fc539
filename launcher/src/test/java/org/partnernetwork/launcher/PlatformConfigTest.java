package org.partnernetwork.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformConfigTest {

	private final Path root = Path.of("/work/project");

	@Test
	void shouldStartEverythingOnTheDocumentedPortsByDefault() {
		PlatformConfig config = PlatformConfig.defaults(root);

		assertThat(config.ports()).isEqualTo(new Ports(8080, 8081, 8082, 8083, 8180, 8190, 3307, 3025, 8084));
		assertThat(config.workDir()).isEqualTo(root.resolve(".local"));
		assertThat(config.realmFile()).isEqualTo(root.resolve("keycloak/partner-network-realm.json"));
		assertThat(config.parts()).containsExactlyInAnyOrderElementsOf(Parts.ALL);
		assertThat(config.urls().gateway()).isEqualTo("http://localhost:8080");
		assertThat(config.urls().tokenEndpoint())
			.isEqualTo("http://localhost:8180/realms/partner-network/protocol/openid-connect/token");
	}

	@Test
	void shouldGiveEveryPartItsOwnFreePortWhenAskedForRandomPorts() throws IOException {
		Ports ports = PlatformConfig.defaults(root).withRandomPorts().ports();

		List<Integer> all = List.copyOf(ports.byPart().values());
		assertThat(all).hasSize(9).doesNotHaveDuplicates().doesNotContain(8080, 8084, 8180, 3307, 3025);
		for (int port : all) {
			try (ServerSocket socket = new ServerSocket(port)) {
				assertThat(socket.getLocalPort()).isEqualTo(port);
			}
		}
	}

	@Test
	void shouldKeepTheOtherSettingsWhenOneIsChanged() {
		PlatformConfig config = PlatformConfig.defaults(root)
			.withWorkDir(Path.of("/tmp/pn"))
			.withParts(List.of(Parts.DATABASE, Parts.KEYCLOAK))
			.withCommand(Parts.GATEWAY, List.of("false"));

		assertThat(config.workDir()).isEqualTo(Path.of("/tmp/pn"));
		assertThat(config.parts()).containsExactlyInAnyOrder(Parts.DATABASE, Parts.KEYCLOAK);
		assertThat(config.commands()).containsEntry(Parts.GATEWAY, List.of("false"));
		assertThat(config.ports()).isEqualTo(Ports.defaults());
		assertThat(config.logFile(Parts.KEYCLOAK)).isEqualTo(Path.of("/tmp/pn/logs/keycloak.log"));
	}

	@Test
	void shouldGiveAPartExtraEnvironmentOnlyWhenAsked() {
		PlatformConfig config = PlatformConfig.defaults(root)
			.withEnvironment(Parts.NOTIFICATION_SERVICE, Map.of("TELEGRAM_BOT_TOKEN", "123:made-up"))
			.withEnvironment(Parts.NOTIFICATION_SERVICE, Map.of("TELEGRAM_API_URL", "http://127.0.0.1:9"))
			.withRandomPorts();

		assertThat(PlatformConfig.defaults(root).environment()).isEmpty();
		assertThat(config.environment()).containsOnlyKeys(Parts.NOTIFICATION_SERVICE);
		assertThat(config.environment().get(Parts.NOTIFICATION_SERVICE)).containsOnly(
				Map.entry("TELEGRAM_BOT_TOKEN", "123:made-up"), Map.entry("TELEGRAM_API_URL", "http://127.0.0.1:9"));
		assertThatThrownBy(() -> config.withEnvironment("postgres", Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldRefuseAPartItDoesNotKnow() {
		assertThatThrownBy(() -> PlatformConfig.defaults(root).withParts(List.of("postgres")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("postgres");
	}

	@Test
	void shouldGiveTheServicesTheEmbeddedMariaDbWithItsDialectUnlessDbUrlIsSet() {
		PlatformConfig embedded = PlatformConfig.defaults(root).withExternalDatabase(null).withRandomPorts();

		assertThat(embedded.database())
			.isEqualTo(new DatabaseLogin("jdbc:mysql://127.0.0.1:" + embedded.ports().database(), "root", "",
					"org.hibernate.dialect.MariaDBDialect"));
	}

	@Test
	void shouldUseTheServerThatDbUrlNames() {
		DatabaseLogin login = DatabaseLogin
			.fromEnvironment(
					Map.of("DB_URL", "jdbc:mysql://127.0.0.1:3306", "DB_USER", "partner", "DB_PASSWORD", "secret"))
			.orElseThrow();

		assertThat(login.host()).isEqualTo("127.0.0.1");
		assertThat(login.port()).isEqualTo(3306);
		assertThat(login.asEnvironment()).containsOnlyKeys("DB_URL", "DB_USER", "DB_PASSWORD")
			.containsEntry("DB_USER", "partner");
		assertThat(DatabaseLogin.fromEnvironment(Map.of())).isEmpty();
	}

}
