/**
 * What the services' APIs share: {@link org.partnernetwork.support.web.ApiPatterns} (the
 * shapes of slugs, provinces, service types, codes…),
 * {@link org.partnernetwork.support.web.PageResponse} (lists, at most 100 items),
 * {@link org.partnernetwork.support.web.Box} ({@code ?box=incoming|outgoing}),
 * {@link org.partnernetwork.support.web.CreatedResponses} (201,
 * {@code Idempotency-Replayed}).
 * <p>
 * <b>Switched on</b> where springdoc is on the classpath, by
 * {@link org.partnernetwork.support.web.OpenApiAutoConfiguration}: the OpenAPI document
 * names the service ({@code spring.application.name}) and the bearer scheme, and a
 * {@code CurrentUser} parameter is no parameter of the document.
 */
package org.partnernetwork.support.web;
