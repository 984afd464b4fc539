package org.partnernetwork.notification.client.telegram;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.partnernetwork.notification.config.NotificationProperties;
import org.partnernetwork.notification.telegram.Bot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;

/**
 * Telegram's Bot API over HTTPS with a plain {@link RestClient}: two methods
 * ({@code getUpdates}, {@code sendMessage}) need no library. The bot's token is part of
 * every address ({@code /bot<token>/…}), so nothing here logs an address or an
 * exception's message (which would hold it), and the client is built without Boot's
 * observations (whose metrics would tag the address): only the kind of failure.
 */
@Component
class TelegramBotClient implements Bot {

	private static final Logger log = LoggerFactory.getLogger(TelegramBotClient.class);

	private final RestClient http;

	TelegramBotClient(NotificationProperties properties) {
		NotificationProperties.Telegram settings = properties.telegram();
		var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.timeout())
			.build());
		requests.setReadTimeout(settings.timeout());
		this.http = RestClient.builder()
			.requestFactory(requests)
			.baseUrl(settings.apiUrl() + "/bot" + (settings.enabled() ? settings.botToken().strip() : "none"))
			.build();
	}

	@Override
	public List<Update> updates(long offset) {
		try {
			JsonNode answer = http.post()
				.uri("/getUpdates")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("offset", offset, "timeout", 0, "allowed_updates", List.of("message")))
				.retrieve()
				.body(JsonNode.class);
			List<Update> updates = new ArrayList<>();
			if (answer != null) {
				for (JsonNode update : answer.path("result")) {
					JsonNode message = update.path("message");
					JsonNode chat = message.path("chat").path("id");
					updates.add(new Update(update.path("update_id").asLong(),
							chat.isIntegralNumber() ? chat.asLong() : null,
							message.path("text").isString() ? message.path("text").asString() : null));
				}
			}
			return updates;
		}
		catch (RestClientException failure) {
			log.warn("Telegram's getUpdates did not answer: {}", failure.getClass().getSimpleName());
			return List.of();
		}
	}

	@Override
	public Sending send(long chatId, String text) {
		try {
			return http.post()
				.uri("/sendMessage")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("chat_id", chatId, "text", text, "link_preview_options", Map.of("is_disabled", true)))
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (status == 200) {
						return Sending.sent();
					}
					if (status == 403) {
						return Sending.failed("bot blocked");
					}
					if (status == 429) {
						return Sending.retry("too many requests", retryAfter(response.bodyTo(JsonNode.class)));
					}
					if (status >= 500) {
						return Sending.retry("Telegram " + status, null);
					}
					return Sending.failed("refused " + status);
				});
		}
		catch (RestClientException failure) {
			return Sending.retry(failure.getClass().getSimpleName(), null);
		}
	}

	private static Duration retryAfter(JsonNode answer) {
		JsonNode seconds = answer == null ? null : answer.path("parameters").path("retry_after");
		return seconds != null && seconds.isIntegralNumber() ? Duration.ofSeconds(Math.max(1, seconds.asLong())) : null;
	}

}
