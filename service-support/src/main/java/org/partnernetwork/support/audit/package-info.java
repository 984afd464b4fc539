/**
 * Case data: what a service holding referrals or placements must do with every read,
 * change and refusal.
 * <p>
 * <b>Switched on</b> by
 * {@link org.partnernetwork.support.audit.CaseDataAutoConfiguration}:
 * <ul>
 * <li>a {@link org.partnernetwork.support.audit.CaseResource} bean
 * ({@code new CaseResource("referral",
 * "/api/referrals")}) turns on the append-only audit trail
 * ({@link org.partnernetwork.support.audit.AuditTrail}; reads and refusals of
 * {@link org.partnernetwork.support.audit.Audited} endpoints, and requests Spring
 * Security's URL rules deny, recorded for it), {@code Cache-Control: no-store} on every
 * answer under its path, errors included, and {@code Idempotency-Key}s on creates
 * ({@link org.partnernetwork.support.idempotency.IdempotentCreates});</li>
 * <li>{@code partner-network.encryption.keys} (with {@code active-key}) turns on the
 * {@link org.partnernetwork.support.crypto.FieldCipher} for free text.</li>
 * </ul>
 * The audit trail and the keys live in the service's schema: its master changelog
 * includes {@code db/changelog/service-support/audit-trail.yaml} and
 * {@code idempotency-keys.yaml}, which ship here.
 */
package org.partnernetwork.support.audit;
