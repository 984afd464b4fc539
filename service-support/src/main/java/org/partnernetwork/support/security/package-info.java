/**
 * Each service is an OAuth2 resource server in its own right: a request that bypasses the
 * gateway is still checked.
 * <p>
 * <b>Switched on</b> in every servlet service by
 * {@link org.partnernetwork.support.security.ServiceSecurityAutoConfiguration}:
 * <ul>
 * <li>{@code spring.security.oauth2.resourceserver.jwt.*} (issuer, JWK set, audiences)
 * sets which tokens open the API; only access tokens do ({@code AccessTokensOnly}, the
 * same check as the gateway's); {@code partner-network.token-clock-skew}
 * ({@code TOKEN_CLOCK_SKEW}, 5 s) is the leeway on their times;</li>
 * <li>a {@link org.partnernetwork.support.security.ServiceAuthorizationRules} bean adds
 * the service's own URL rules (roles) before "everything else needs a token";
 * {@code /internal/**} takes service tokens only, the actuator beyond health monitoring
 * tokens only;</li>
 * <li>{@code management.server.port} set: the actuator answers on that port without a
 * token;</li>
 * <li>a {@code Clock} bean, unless the service declares its own; a
 * {@link org.partnernetwork.support.security.CurrentUser} parameter on a controller
 * method is the caller, read from the token.</li>
 * </ul>
 */
package org.partnernetwork.support.security;
