package org.partnernetwork.portal.directory;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;

/**
 * What a phone on a slow provincial connection downloads for the search page with
 * results, in Khmer (the heavier language: it needs the shipped font): the page, its
 * stylesheet, htmx and the Khmer font, as they travel. Khmer is readable once the page,
 * stylesheet and font have arrived; htmx is deferred.
 */
class PageWeightIntegrationTest extends PortalIntegrationTest {

	/** 400 kbit/s, a slow 3G connection: 50 KB a second. */
	static final int SLOW_BYTES_PER_SECOND = 50_000;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldServeTheSearchPageLightEnoughForASlowConnection() throws Exception {
		directory.stubFor(
				get(urlPathEqualTo("/api/services")).willReturn(okJson(fixture("services-counselling-kandal.json"))));
		byte[] page = signedIn().get()
			.uri(FindHelpIntegrationTest.COUNSELLING_IN_KANDAL_FOR_A_BOY_OF_12 + "&lang=km")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();

		long html = page.length;
		long css = asset("/assets/portal.css", "text/css");
		long js = asset("/webjars/htmx.org/dist/htmx.min.js", "text/javascript");
		long font = asset("/assets/fonts/noto-sans-khmer-400.woff2", "font/woff2");
		long readable = html + css + font;
		long total = readable + js;

		System.out.printf("Search page weight as sent (bytes): HTML %d, CSS %d, JS %d, Khmer font %d; readable in "
				+ "Khmer %d (%.2f s at 400 kbit/s), everything %d (%.2f s); later pages reuse the cached CSS, JS "
				+ "and font%n", html, css, js, font, readable, (double) readable / SLOW_BYTES_PER_SECOND, total,
				(double) total / SLOW_BYTES_PER_SECOND);
		assertThat(readable).as("the page, its stylesheet and the one Khmer font file").isLessThan(40_000);
		assertThat(total).as("everything, on the first visit").isLessThan(60_000);
		String stylesheet = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assets/portal.css")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(stylesheet).as("one Khmer font file for every weight").containsOnlyOnce("@font-face");
	}

	@Test
	void shouldServeAssetsWithoutASignInCachedForAWeek() throws Exception {
		HttpResponse<byte[]> css = fetch("/assets/portal.css");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("max-age=604800"));
		assertThat(fetch("/assets/fonts/OFL.txt").statusCode()).as("the font's licence ships with it").isEqualTo(200);
	}

	/** Bytes of an asset as they travel to a browser that accepts gzip. */
	private long asset(String path, String contentType) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying(value -> assertThat(value).startsWith(contentType));
		return response.body().length;
	}

	private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", "gzip")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
