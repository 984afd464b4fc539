/**
 * The domain's refusals, without HTTP. A service's entities and domain services throw a
 * kind of {@link org.partnernetwork.support.domain.DomainException} —
 * {@code InvalidField}, {@code Forbidden}, {@code NotFound}, {@code Conflict},
 * {@code RuleViolation}, {@code PeerUnavailable} — or a named exception of its own that
 * extends one (e.g. {@code ReferralNotFoundException.forId(id)}); the Problem Details
 * handler answers each kind with 400, 403, 404, 409, 422 and 503. Codes and arguments
 * never carry personal data. {@link org.partnernetwork.support.domain.Eligibility} is the
 * one judge of whether a child fits whom a service or an opening takes.
 * <p>
 * Plain classes: nothing to switch on.
 */
package org.partnernetwork.support.domain;
