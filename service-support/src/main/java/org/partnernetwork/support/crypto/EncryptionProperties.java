package org.partnernetwork.support.crypto;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The keys a service seals free text with ({@code partner-network.encryption.*}).
 *
 * @param activeKey the id of the key new text is sealed with
 * @param keys every key that may still open old text: {@code id:base64,id:base64}
 * (AES-256, 32 bytes each)
 */
@Validated
@ConfigurationProperties("partner-network.encryption")
public record EncryptionProperties(@NotBlank String activeKey, @NotBlank String keys) {
}
