package org.partnernetwork.support.problem;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every error a client can get from a service is Problem Details with a stable type,
 * wherever it arises:
 * <ul>
 * <li>in a controller or Spring MVC itself: {@link GlobalProblemHandler};</li>
 * <li>in the security filters (401, 403, 503 without signing keys):
 * {@link ProblemResponseWriter};</li>
 * <li>in Spring Security's firewall (an encoded dot segment, {@code ;}, {@code //}, an
 * unknown method): the {@link RequestRejectedHandler} below;</li>
 * <li>a {@code sendError} or an exception in any filter, and {@code /error} itself:
 * {@link ProblemErrorController};</li>
 * <li>in Tomcat before the application (an encoded slash, NUL, invalid UTF-8 in the path,
 * oversized headers): {@link ProblemErrorReportValve}.</li>
 * </ul>
 * Titles and details come from {@code problem-messages} (shared) and
 * {@code service-messages} (the service's own codes), in English or Khmer by
 * {@code Accept-Language}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
public class ProblemAutoConfiguration {

	@Bean
	Problems problems() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("problem-messages", "service-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Problems(messages);
	}

	@Bean
	GlobalProblemHandler globalProblemHandler(Problems problems) {
		return new GlobalProblemHandler(problems);
	}

	@Bean
	ProblemResponseWriter problemResponseWriter(Problems problems, JsonMapper json) {
		return new ProblemResponseWriter(problems, json);
	}

	@Bean
	ProblemErrorController problemErrorController(ProblemResponseWriter problems) {
		return new ProblemErrorController(problems);
	}

	@Bean
	RequestRejectedHandler problemRequestRejectedHandler(ProblemResponseWriter problems) {
		return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
				"malformed-request");
	}

	/**
	 * After Spring Boot's own customizer, which puts Tomcat's HTML
	 * {@link ErrorReportValve} on the host.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports(Problems problems,
			JsonMapper json) {
		return new WebServerFactoryCustomizer<>() {
			@Override
			public void customize(ConfigurableTomcatWebServerFactory factory) {
				factory.addContextCustomizers(context -> {
					Pipeline host = context.getParent().getPipeline();
					for (Valve valve : host.getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.removeValve(valve);
						}
					}
					host.addValve(new ProblemErrorReportValve(problems, json));
					if (context.getParent() instanceof StandardHost standardHost) {
						standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
					}
				});
			}
		};
	}

}
