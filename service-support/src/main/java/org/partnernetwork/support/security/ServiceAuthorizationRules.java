package org.partnernetwork.support.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own URL rules, applied before the shared "everything else needs a token"
 * rule.
 */
@FunctionalInterface
public interface ServiceAuthorizationRules {

	void customize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

}
