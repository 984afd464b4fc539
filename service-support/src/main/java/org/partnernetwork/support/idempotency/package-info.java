/**
 * {@code Idempotency-Key} on creates: one call,
 * {@link org.partnernetwork.support.idempotency.IdempotentCreates#create}, takes a
 * create's checks and its save and replays, waits for a twin or refuses another body as
 * DESIGN.md says.
 * <p>
 * <b>Switched on</b> by a {@link org.partnernetwork.support.audit.CaseResource} bean
 * ({@code CaseDataAutoConfiguration}); needs the {@code idempotency_key} table from
 * {@code db/changelog/service-support/idempotency-keys.yaml} in the service's changelog.
 * Controllers answer with {@link org.partnernetwork.support.web.CreatedResponses}.
 */
package org.partnernetwork.support.idempotency;
