package org.partnernetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Just enough of a browser for the sign-in flow: a cookie jar (by host and path, as a
 * browser on localhost keeps them — Keycloak marks its cookies Secure even over http, and
 * browsers treat localhost as secure), redirects followed one by one, and HTML forms read
 * and submitted.
 */
final class Browser {

	private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	record Cookie(String name, String value, String path) {
	}

	record Page(URI uri, int status, String body, String location) {

		boolean isRedirect() {
			return status / 100 == 3 && location != null;
		}
	}

	Page get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json").GET());
	}

	Page post(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Follows redirects from a page until one answers without redirecting. */
	Page follow(Page page) {
		Page current = page;
		for (int hops = 0; current.isRedirect() && hops < 10; hops++) {
			current = get(current.uri().resolve(current.location()).toString());
		}
		return current;
	}

	/**
	 * Fills the first form of the page with the given fields (keeping its hidden ones)
	 * and submits it.
	 */
	Page submitForm(Page page, Map<String, String> fields) {
		Matcher form = FORM.matcher(page.body());
		if (!form.find()) {
			throw new AssertionError("No form on " + page.uri() + ":\n" + page.body());
		}
		Map<String, String> values = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(form.group(2));
		while (input.find()) {
			Map<String, String> attributes = attributes(input.group());
			if (attributes.containsKey("name")) {
				values.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
			}
		}
		values.putAll(fields);
		return post(page.uri().resolve(unescape(form.group(1))).toString(), values);
	}

	boolean hasFormField(Page page, String name) {
		return page.body() != null && page.body().contains("name=\"" + name + "\"");
	}

	String cookie(String name) {
		Cookie cookie = cookies.get(name);
		return cookie == null ? null : cookie.value();
	}

	private Page send(HttpRequest.Builder request) {
		HttpRequest plain = request.timeout(Duration.ofSeconds(30)).build();
		String cookieHeader = cookies.values()
			.stream()
			.filter(cookie -> plain.uri().getPath().startsWith(cookie.path()))
			.map(cookie -> cookie.name() + "=" + cookie.value())
			.collect(Collectors.joining("; "));
		HttpRequest built = cookieHeader.isEmpty() ? plain
				: HttpRequest.newBuilder(plain, (name, value) -> true).header("Cookie", cookieHeader).build();
		try {
			HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::remember);
			return new Page(built.uri(), response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(String setCookie) {
		String[] parts = setCookie.split(";");
		String[] nameValue = parts[0].split("=", 2);
		String path = "/";
		boolean expired = false;
		for (String part : parts) {
			String attribute = part.trim().toLowerCase();
			if (attribute.startsWith("path=")) {
				path = part.trim().substring(5);
			}
			if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")
					|| attribute.startsWith("expires=thu, 01-jan-1970")) {
				expired = true;
			}
		}
		if (expired || nameValue.length < 2 || nameValue[1].isEmpty()) {
			cookies.remove(nameValue[0].trim());
		}
		else {
			cookies.put(nameValue[0].trim(), new Cookie(nameValue[0].trim(), nameValue[1].trim(), path));
		}
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(tag);
		while (attribute.find()) {
			attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
		}
		return attributes;
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#x3d;", "=").replace("&#61;", "=");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
