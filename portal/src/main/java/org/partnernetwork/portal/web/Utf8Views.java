package org.partnernetwork.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveView;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveViewResolver;

import reactor.core.publisher.Mono;

/**
 * Every page, htmx partial and error page is written in UTF-8 and says so
 * ({@code text/html;charset=UTF-8}), whatever charset a request's {@code Accept} names:
 * Khmer cannot be written in any other charset a browser may ask for. The views Thymeleaf
 * resolves are of this kind; pages are HTML only
 * ({@code spring.thymeleaf.reactive.media-types} in the portal's defaults).
 */
@Component
class Utf8Views implements BeanPostProcessor {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof ThymeleafReactiveViewResolver resolver) {
			resolver.setViewClass(Utf8View.class);
		}
		return bean;
	}

	/** A Thymeleaf view that renders in UTF-8 whatever content type was chosen for it. */
	static final class Utf8View extends ThymeleafReactiveView {

		@Override
		public Mono<Void> render(Map<String, ?> model, MediaType contentType, ServerWebExchange exchange) {
			MediaType utf8 = contentType == null || contentType.isWildcardType() || contentType.isWildcardSubtype()
					? HTML : new MediaType(contentType, StandardCharsets.UTF_8);
			return super.render(model, utf8, exchange);
		}

	}

}
