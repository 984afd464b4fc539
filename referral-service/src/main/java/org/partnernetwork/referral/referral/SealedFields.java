package org.partnernetwork.referral.referral;

import java.util.UUID;

import org.partnernetwork.support.crypto.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * A referral's free text, sealed and opened with the referral's id and the field bound to
 * the ciphertext.
 */
@Component
class SealedFields {

	enum Field {

		CASE_REFERENCE, SUMMARY, CONSENT_OVERRIDE, NOTE

	}

	private final FieldCipher cipher;

	SealedFields(FieldCipher cipher) {
		this.cipher = cipher;
	}

	String seal(UUID referral, Field field, String text) {
		return cipher.seal(text, context(referral, field));
	}

	String open(UUID referral, Field field, String sealed) {
		return cipher.open(sealed, context(referral, field));
	}

	private static String context(UUID referral, Field field) {
		return "referral:" + referral + ":" + field.name();
	}

}
