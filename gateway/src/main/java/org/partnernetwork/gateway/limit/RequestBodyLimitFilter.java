package org.partnernetwork.gateway.limit;

import java.util.Optional;

import org.partnernetwork.gateway.config.GatewayProperties;
import org.partnernetwork.gateway.problem.GatewayProblems;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body above the limit with 413 Problem Details before it is routed. A
 * declared {@code Content-Length} above the limit is refused without reading the body; a
 * chunked body is read up to the limit first, and sent on with its length only if it
 * fits, so no service ever receives part of a body the gateway then refuses. Runs after
 * the security chain: a signed-out caller gets 401 unread.
 */
@Component
class RequestBodyLimitFilter implements WebFilter, Ordered {

	private final int maxBytes;

	private final GatewayProblems problems;

	RequestBodyLimitFilter(GatewayProperties properties, GatewayProblems problems) {
		this.maxBytes = Math.toIntExact(properties.maxRequestBodySize().toBytes());
		this.problems = problems;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		long declared = request.getHeaders().getContentLength();
		if (declared > maxBytes) {
			return refuse(exchange);
		}
		if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			return chain.filter(exchange);
		}
		return DataBufferUtils.join(request.getBody(), maxBytes)
			.map(RequestBodyLimitFilter::bytesOf)
			.defaultIfEmpty(new byte[0])
			.map(Optional::of)
			.onErrorResume(DataBufferLimitException.class, tooLarge -> Mono.just(Optional.empty()))
			.flatMap(body -> body.isPresent()
					? chain.filter(exchange.mutate().request(withBody(request, body.get())).build())
					: refuse(exchange));
	}

	private Mono<Void> refuse(ServerWebExchange exchange) {
		ProblemDetail problem = problems.create(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
		problem.setProperty("maxBytes", maxBytes);
		return problems.write(exchange, problem);
	}

	/**
	 * A heap copy: the pooled buffer is released now, whether or not anything reads the
	 * body later.
	 */
	private static byte[] bytesOf(DataBuffer joined) {
		try {
			byte[] bytes = new byte[joined.readableByteCount()];
			joined.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(joined);
		}
	}

	private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body) {
		ServerHttpRequest sized = request.mutate().headers(headers -> {
			headers.remove(HttpHeaders.TRANSFER_ENCODING);
			headers.setContentLength(body.length);
		}).build();
		return new ServerHttpRequestDecorator(sized) {
			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
			}
		};
	}

}
