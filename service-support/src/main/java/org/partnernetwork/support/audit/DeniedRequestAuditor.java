package org.partnernetwork.support.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.partnernetwork.support.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Records the requests Spring Security's URL rules refuse before any controller runs (a
 * role that may not act, e.g. centre staff sending a referral). Only signed-in callers:
 * without a token there is no one to name. Needs Spring Security to publish its denials
 * ({@link SpringAuthorizationEventPublisher}).
 */
class DeniedRequestAuditor {

	private final Pattern casePath;

	private final AuditTrail trail;

	DeniedRequestAuditor(AuditTrail trail, CaseResource resource) {
		this.trail = trail;
		this.casePath = Pattern.compile(Pattern.quote(resource.basePath()) + "(?:/([^/]+))?(?:/(.+))?");
	}

	@EventListener
	void onDenied(AuthorizationDeniedEvent<?> event) {
		if (!(event.getAuthentication().get() instanceof JwtAuthenticationToken token)
				|| !(event.getObject() instanceof HttpServletRequest request)) {
			return;
		}
		Matcher path = casePath.matcher(request.getRequestURI());
		if (!path.matches()) {
			return;
		}
		String action = path.group(2) != null ? path.group(2)
				: !"GET".equals(request.getMethod()) ? "create" : path.group(1) != null ? "read" : "list";
		trail.record(CurrentUser.from(token.getToken()), action,
				path.group(1) != null ? AuditInterceptor.parse(path.group(1)) : null, AuditOutcome.DENIED);
	}

}
