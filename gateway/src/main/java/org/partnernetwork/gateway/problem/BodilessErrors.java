package org.partnernetwork.gateway.problem;

import java.util.Locale;
import java.util.UUID;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Problem Details for the errors no part of the gateway's own code sees, because they are
 * answered before a request exists: Reactor Netty refuses a request line longer than its
 * limit (414), headers larger than theirs (431) or a request it cannot decode (400), and
 * Spring refuses an address it cannot parse as a URI (400) — all with a bare status and
 * no body, and no hook to say otherwise. A handler in each connection's pipeline, just
 * after the HTTP codec, gives every error response that leaves without a body or a
 * content type the Problem Details of its status (in English: the request's language is
 * not known). Everything the gateway answers itself has a content type and passes
 * unchanged.
 */
@Component
class BodilessErrors implements NettyServerCustomizer {

	static final String HANDLER = "partnerNetwork.bodilessErrors";

	private static final Logger log = LoggerFactory.getLogger(BodilessErrors.class);

	private final GatewayProblems problems;

	BodilessErrors(GatewayProblems problems) {
		this.problems = problems;
	}

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, remoteAddress) -> {
			ChannelPipeline pipeline = channel.pipeline();
			if (pipeline.get(NettyPipeline.HttpCodec) != null) {
				pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER, new Handler());
			}
		});
	}

	static boolean isBodilessError(FullHttpResponse response) {
		return response.status().code() >= 400 && !response.content().isReadable()
				&& !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
	}

	/**
	 * The same response with the Problem Details of its status; none of its body for a
	 * HEAD request.
	 */
	FullHttpResponse withProblem(FullHttpResponse response, boolean head) {
		HttpStatusCode status = HttpStatusCode.valueOf(response.status().code());
		Object[] arguments = {};
		if (status.is5xxServerError()) {
			String incident = UUID.randomUUID().toString();
			log.error("The server answered {} before the gateway could, incident {}", status.value(), incident);
			arguments = new Object[] { incident };
		}
		byte[] body = problems
			.bytes(problems.create(status, GatewayErrorHandler.codeFor(status), Locale.ENGLISH, arguments));
		FullHttpResponse problem = response.replace(head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
		response.release();
		problem.headers()
			.remove(HttpHeaderNames.TRANSFER_ENCODING)
			.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
		return problem;
	}

	/**
	 * One per connection: it remembers whether the request being answered is a HEAD
	 * request.
	 */
	private final class Handler extends ChannelDuplexHandler {

		private boolean head;

		@Override
		public void channelRead(ChannelHandlerContext context, Object message) {
			if (message instanceof HttpRequest request) {
				head = HttpMethod.HEAD.equals(request.method());
			}
			context.fireChannelRead(message);
		}

		@Override
		public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
			if (message instanceof FullHttpResponse response && isBodilessError(response)) {
				context.write(withProblem(response, head), promise);
				return;
			}
			context.write(message, promise);
		}

	}

}
