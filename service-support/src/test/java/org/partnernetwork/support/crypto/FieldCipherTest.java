package org.partnernetwork.support.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * AES-256-GCM at rest: text opens only with its key and context, and old keys keep
 * opening after rotation.
 */
class FieldCipherTest {

	private static final String KEY_A = "a:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	private static final String KEY_B = "b:HxwdHhscGhkYFxYVFBMSERAPDg0MCwoJCAcGBQQDAgE=";

	private static FieldCipher cipher(String active, String keys) {
		return new FieldCipher(new EncryptionProperties(active, keys));
	}

	@Test
	void shouldOpenWhatItSealedAndNeverRepeatACiphertext() {
		FieldCipher cipher = cipher("a", KEY_A);
		String sealed = cipher.seal("ការប្រឹក្សា twice a month", "referral:1:SUMMARY");
		assertThat(sealed).startsWith("a:").doesNotContain("twice");
		assertThat(cipher.open(sealed, "referral:1:SUMMARY")).isEqualTo("ការប្រឹក្សា twice a month");
		assertThat(cipher.seal("same", "c")).isNotEqualTo(cipher.seal("same", "c"));
	}

	@Test
	void shouldRefuseTextMovedToAnotherContextOrTamperedWith() {
		FieldCipher cipher = cipher("a", KEY_A);
		String sealed = cipher.seal("summary", "referral:1:SUMMARY");
		assertThatThrownBy(() -> cipher.open(sealed, "referral:2:SUMMARY")).isInstanceOf(IllegalStateException.class);
		String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAA=") ? "BBB=" : "AAA=");
		assertThatThrownBy(() -> cipher.open(tampered, "referral:1:SUMMARY")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldKeepOpeningOldTextAfterTheKeyIsRotated() {
		String old = cipher("a", KEY_A).seal("note", "ctx");
		FieldCipher rotated = cipher("b", KEY_B + "," + KEY_A);
		assertThat(rotated.seal("note", "ctx")).startsWith("b:");
		assertThat(rotated.open(old, "ctx")).isEqualTo("note");
		assertThatThrownBy(() -> cipher("b", KEY_B).open(old, "ctx")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldHashForLookupWithTheKeySoTheSameTextMatchesAndTheTextNeverShows() {
		FieldCipher cipher = cipher("a", KEY_A);
		String hash = cipher.lookupHash("APLE-2026-0142", "CASE_REFERENCE");
		assertThat(hash).startsWith("a:").doesNotContain("APLE", "2026", "0142");
		assertThat(cipher.lookupHash("APLE-2026-0142", "CASE_REFERENCE")).isEqualTo(hash);
		assertThat(cipher.lookupHash("APLE-2026-0143", "CASE_REFERENCE")).isNotEqualTo(hash);
		assertThat(cipher.lookupHash("APLE-2026-0142", "SUMMARY")).isNotEqualTo(hash);
		assertThat(cipher("b", KEY_B).lookupHash("APLE-2026-0142", "CASE_REFERENCE")).doesNotEndWith(hash.substring(2));
	}

	@Test
	void shouldStillFindTextHashedBeforeTheKeyWasRotated() {
		String old = cipher("a", KEY_A).lookupHash("APLE-2026-0142", "CASE_REFERENCE");
		var hashes = cipher("b", KEY_B + "," + KEY_A).lookupHashes("APLE-2026-0142", "CASE_REFERENCE");
		assertThat(hashes).hasSize(2).contains(old);
		assertThat(hashes.get(0)).startsWith("b:");
	}

	@Test
	void shouldRefuseToStartWithAWeakOrMissingKey() {
		assertThatThrownBy(() -> cipher("a", "a:AAEC")).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> cipher("c", KEY_A)).hasMessageContaining("not among the keys");
	}

}
