package org.partnernetwork.support.audit;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnernetwork.support.security.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.http.CacheControl;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Writes reads and every refusal of an {@link Audited} endpoint to the audit trail, once
 * the answer is known, and marks every answer about a case
 * {@code Cache-Control: no-store}, errors included.
 */
class AuditInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final AuditTrail trail;

	private final CaseResource resource;

	AuditInterceptor(AuditTrail trail, CaseResource resource) {
		this.trail = trail;
		this.resource = resource;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var noStore = new WebContentInterceptor();
		noStore.addCacheMapping(CacheControl.noStore(), resource.pathPatterns());
		registry.addInterceptor(noStore);
		registry.addInterceptor(this).addPathPatterns(resource.pathPatterns());
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Audited.class)
				|| !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
			return;
		}
		Audited audited = method.getMethodAnnotation(Audited.class);
		AuditOutcome outcome = AuditOutcome.ofStatus(ex != null ? 500 : response.getStatus());
		if (outcome == AuditOutcome.ALLOWED && audited.change()) {
			return;
		}
		String action = pathVariable(request, "action");
		String id = pathVariable(request, "id");
		trail.record(CurrentUser.from(token.getToken()), action != null ? action : audited.value(),
				id != null ? parse(id) : null, outcome);
	}

	private static String pathVariable(HttpServletRequest request, String name) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables instanceof Map<?, ?> map && map.get(name) instanceof String value ? value : null;
	}

	static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
