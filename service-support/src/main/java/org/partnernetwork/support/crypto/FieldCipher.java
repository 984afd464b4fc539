package org.partnernetwork.support.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals free text at rest with AES-256-GCM. A sealed value reads
 * {@code <key id>:<base64(nonce ‖ ciphertext)>}, so old text still opens after the active
 * key is rotated. The context (e.g. the referral id and field) is bound as associated
 * data: a value copied into another row or column does not open.
 * <p>
 * For exact-match search of sealed text, {@link #lookupHash} gives a keyed hash (a blind
 * index: HMAC-SHA256 under a key derived from an encryption key),
 * {@code <key id>:<hash>}; it cannot be turned back into the text, and without the key it
 * cannot be guessed from candidate texts.
 */
public class FieldCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	private static final String MAC = "HmacSHA256";

	private final Map<String, SecretKey> lookupKeys;

	private final SecureRandom random = new SecureRandom();

	public FieldCipher(EncryptionProperties properties) {
		this.keys = parseKeys(properties.keys());
		this.lookupKeys = lookupKeys(keys);
		this.activeKeyId = properties.activeKey();
		if (!keys.containsKey(activeKeyId)) {
			throw new IllegalStateException("The active encryption key '" + activeKeyId + "' is not among the keys");
		}
	}

	public String seal(String plaintext, String context) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), nonce, context);
			byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = new byte[NONCE_BYTES + ciphertext.length];
			System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
			System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
			return activeKeyId + ":" + Base64.getEncoder().encodeToString(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a field", ex);
		}
	}

	public String open(String sealedValue, String context) {
		if (sealedValue == null) {
			return null;
		}
		int separator = sealedValue.indexOf(':');
		SecretKey key = separator > 0 ? keys.get(sealedValue.substring(0, separator)) : null;
		if (key == null) {
			throw new IllegalStateException("A sealed field names a key this service does not have");
		}
		try {
			byte[] sealed = Base64.getDecoder().decode(sealedValue.substring(separator + 1));
			byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, context);
			byte[] plaintext = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
			return new String(plaintext, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A sealed field could not be opened", ex);
		}
	}

	/**
	 * The keyed hash of a text under the active key, to store beside its sealed value;
	 * the context (e.g. the field) is hashed with it.
	 */
	public String lookupHash(String text, String context) {
		return text == null ? null : lookupHash(activeKeyId, text, context);
	}

	/**
	 * The keyed hashes of a text under every key, the active key's first: text hashed
	 * before a key rotation is still found.
	 */
	public List<String> lookupHashes(String text, String context) {
		List<String> hashes = new ArrayList<>();
		hashes.add(lookupHash(activeKeyId, text, context));
		lookupKeys.keySet()
			.stream()
			.filter(id -> !id.equals(activeKeyId))
			.sorted()
			.forEach(id -> hashes.add(lookupHash(id, text, context)));
		return List.copyOf(hashes);
	}

	private String lookupHash(String keyId, String text, String context) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(lookupKeys.get(keyId));
			mac.update(context.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			byte[] hash = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
			return keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not hash a field for lookup", ex);
		}
	}

	/** A separate key per encryption key for hashing, so no key serves two purposes. */
	private static Map<String, SecretKey> lookupKeys(Map<String, SecretKey> keys) {
		Map<String, SecretKey> derived = new HashMap<>();
		keys.forEach((id, key) -> {
			try {
				Mac mac = Mac.getInstance(MAC);
				mac.init(new SecretKeySpec(key.getEncoded(), MAC));
				byte[] lookupKey = mac.doFinal("partner-network:lookup:v1".getBytes(StandardCharsets.UTF_8));
				derived.put(id, new SecretKeySpec(lookupKey, MAC));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Could not derive a lookup key", ex);
			}
		});
		return Map.copyOf(derived);
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String context)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static Map<String, SecretKey> parseKeys(String keyring) {
		Map<String, SecretKey> parsed = new HashMap<>();
		for (String entry : keyring.split(",")) {
			String[] idAndKey = entry.strip().split(":", 2);
			if (idAndKey.length != 2 || idAndKey[0].isBlank()) {
				throw new IllegalStateException("Encryption keys must read id:base64[,id:base64]");
			}
			byte[] key = Base64.getDecoder().decode(idAndKey[1].strip());
			if (key.length != 32) {
				throw new IllegalStateException("Encryption key '" + idAndKey[0] + "' must be 32 bytes (AES-256)");
			}
			parsed.put(idAndKey[0].strip(), new SecretKeySpec(key, "AES"));
		}
		return Map.copyOf(parsed);
	}

}
