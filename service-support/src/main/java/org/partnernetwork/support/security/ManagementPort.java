package org.partnernetwork.support.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that arrive on the actuator's own management port
 * ({@code management.server.port}), once that port is known: the management server
 * announces it when it starts, also when it was chosen at random. Without a separate
 * port, nothing matches.
 */
final class ManagementPort implements ApplicationListener<WebServerInitializedEvent>, RequestMatcher {

	private volatile int port = -1;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			port = event.getWebServer().getPort();
		}
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return port > 0 && request.getLocalPort() == port;
	}

}
