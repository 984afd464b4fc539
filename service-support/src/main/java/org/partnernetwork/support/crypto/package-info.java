/**
 * Free text at rest (case references, summaries, notes) sealed with AES-256-GCM, the key
 * id beside the ciphertext, the row and field bound to it.
 * <p>
 * <b>Switched on</b> by {@code partner-network.encryption.keys} ({@code id:base64,…})
 * with {@code partner-network.encryption.active-key}: then
 * {@code CaseDataAutoConfiguration} makes the
 * {@link org.partnernetwork.support.crypto.FieldCipher} bean
 * ({@link org.partnernetwork.support.crypto.EncryptionProperties} checks the settings at
 * start).
 */
package org.partnernetwork.support.crypto;
