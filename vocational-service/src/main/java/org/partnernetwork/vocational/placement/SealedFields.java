package org.partnernetwork.vocational.placement;

import java.util.UUID;

import org.partnernetwork.support.crypto.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * A placement's free text, sealed and opened with the placement's id and the field bound
 * to the ciphertext.
 */
@Component
class SealedFields {

	enum Field {

		CASE_REFERENCE, NOTE

	}

	private final FieldCipher cipher;

	SealedFields(FieldCipher cipher) {
		this.cipher = cipher;
	}

	String seal(UUID placement, Field field, String text) {
		return text == null || text.isBlank() ? null : cipher.seal(text, context(placement, field));
	}

	String open(UUID placement, Field field, String sealed) {
		return cipher.open(sealed, context(placement, field));
	}

	private static String context(UUID placement, Field field) {
		return "placement:" + placement + ":" + field.name();
	}

}
