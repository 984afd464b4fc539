package org.partnernetwork.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * What a client of any endpoint can rely on when something is wrong: RFC 9457 with a
 * stable type.
 */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	public static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("urn:partner-network:problem:" + type);
		assertThat(response.json().get("title").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

}
