/**
 * How a service reads what a client sends, the same in every service: each refusal is a
 * 4xx Problem Details naming what was wrong, never a 500 and never a value guessed from a
 * wrong one.
 * <p>
 * <b>Switched on</b> in every servlet service, and in its {@code @WebMvcTest} slices, by
 * {@link org.partnernetwork.support.input.InputAutoConfiguration}; nothing to declare or
 * configure: {@link org.partnernetwork.support.input.RequestGuard} (a filter before
 * security: query encoding, {@code Content-Type}, {@code Accept}),
 * {@link org.partnernetwork.support.input.StrictJson} (the {@code JsonMapper}: no
 * coercion, no field given twice, only plausible dates; unknown properties are refused by
 * each service's {@code spring.jackson.deserialization.fail-on-unknown-properties}),
 * {@link org.partnernetwork.support.input.StrictParameters} and
 * {@link org.partnernetwork.support.input.StrictBinding} (query parameters).
 */
package org.partnernetwork.support.input;
