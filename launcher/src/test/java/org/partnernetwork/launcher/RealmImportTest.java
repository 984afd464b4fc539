package org.partnernetwork.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.launcher.RealmImport.Decision.FIRST_IMPORT;
import static org.partnernetwork.launcher.RealmImport.Decision.KEEP;
import static org.partnernetwork.launcher.RealmImport.Decision.RESET;

class RealmImportTest {

	@Test
	void shouldLetKeycloakImportWhenThereIsNoStoreYet() {
		assertThat(RealmImport.decide(false, Optional.empty(), "abc")).isEqualTo(FIRST_IMPORT);
		assertThat(RealmImport.decide(false, Optional.of("old"), "abc")).isEqualTo(FIRST_IMPORT);
	}

	@Test
	void shouldKeepTheStoreWhenTheRealmFileIsUnchanged() {
		assertThat(RealmImport.decide(true, Optional.of("abc"), "abc")).isEqualTo(KEEP);
	}

	@Test
	void shouldResetTheStoreWhenTheRealmFileChanged() {
		assertThat(RealmImport.decide(true, Optional.of("old"), "abc")).isEqualTo(RESET);
	}

	@Test
	void shouldResetTheStoreWhenItIsUnknownWhichFileWasImported() {
		assertThat(RealmImport.decide(true, Optional.empty(), "abc")).isEqualTo(RESET);
	}

	@Test
	void shouldHashTheFileContent(@TempDir Path dir) throws IOException {
		Path realm = Files.writeString(dir.resolve("realm.json"), "{\"realm\":\"partner-network\"}");
		String before = RealmImport.sha256(realm);

		Files.writeString(realm, "{\"realm\":\"partner-network\",\"enabled\":true}");

		assertThat(before).hasSize(64).isNotEqualTo(RealmImport.sha256(realm));
	}

	@Test
	void shouldImportAgainWhenTheGatewayMovedToAnotherPort(@TempDir Path dir) throws IOException {
		Path realm = Files.writeString(dir.resolve("realm.json"), "{\"realm\":\"partner-network\"}");
		String imported = RealmImport.fingerprint(realm, java.util.Map.of("GATEWAY_URL", "http://localhost:41001"));

		String now = RealmImport.fingerprint(realm, java.util.Map.of("GATEWAY_URL", "http://localhost:41002"));

		assertThat(RealmImport.decide(true, Optional.of(imported), now)).isEqualTo(RESET);
		assertThat(RealmImport.decide(true, Optional.of(imported),
				RealmImport.fingerprint(realm, java.util.Map.of("GATEWAY_URL", "http://localhost:41001"))))
			.isEqualTo(KEEP);
	}

}
