/**
 * Every error a client can get from a service is RFC 9457 Problem Details with a stable
 * {@code type} ({@code urn:partner-network:problem:<code>}) and a title and detail in
 * English or Khmer ({@code Accept-Language}); a 500 never echoes the exception, it is
 * logged under an incident id.
 * <p>
 * <b>Switched on</b> in every servlet service with service-support on its classpath, and
 * in its {@code @WebMvcTest} slices, by
 * {@link org.partnernetwork.support.problem.ProblemAutoConfiguration}; nothing to
 * declare. It brings {@link org.partnernetwork.support.problem.GlobalProblemHandler}
 * (controllers, Spring MVC, and the domain's refusals from
 * {@link org.partnernetwork.support.domain}, each kind given its status in
 * {@code DomainStatus}), {@link org.partnernetwork.support.problem.ProblemResponseWriter}
 * (the security filters),
 * {@link org.partnernetwork.support.problem.ProblemErrorController} ({@code /error}, a
 * {@code sendError} in any filter) and
 * {@link org.partnernetwork.support.problem.ProblemErrorReportValve} (Tomcat, before the
 * application). Texts: {@code problem-messages} here, and each service's own codes in its
 * {@code service-messages} (and {@code _km}).
 */
package org.partnernetwork.support.problem;
