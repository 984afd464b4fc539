package org.partnernetwork.referral.referral;

import java.util.List;
import java.util.Locale;
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

	/**
	 * The keyed hash a case reference is found by: the same for the same reference,
	 * whatever its letters' case or surrounding spaces.
	 */
	String lookup(String caseReference) {
		return cipher.lookupHash(normalised(caseReference), Field.CASE_REFERENCE.name());
	}

	/** Every hash the case reference may be stored under, one per key still held. */
	List<String> lookups(String caseReference) {
		return cipher.lookupHashes(normalised(caseReference), Field.CASE_REFERENCE.name());
	}

	private static String normalised(String caseReference) {
		return caseReference == null ? null : caseReference.strip().toUpperCase(Locale.ROOT);
	}

	private static String context(UUID referral, Field field) {
		return "referral:" + referral + ":" + field.name();
	}

}
