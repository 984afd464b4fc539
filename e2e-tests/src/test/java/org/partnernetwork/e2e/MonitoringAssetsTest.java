package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring assets in {@code deploy/monitoring/}: the Grafana dashboard and the
 * Prometheus alerts read only the metrics the services publish under these names, and the
 * alerts fire when they should (promtool's unit tests in
 * {@code partner-network-alerts.test.yml}).
 */
class MonitoringAssetsTest {

	/** The platform's own metrics, as the services publish them. */
	static final Set<String> BUSINESS_METRICS = Set.of("partner_network_referrals_sent_total",
			"partner_network_referrals_answered_total", "partner_network_referrals_expired_total",
			"partner_network_seat_requests", "partner_network_outbox_backlog",
			"partner_network_outbox_oldest_age_seconds", "partner_network_deliveries_failed_total");

	/** Resilience4j's and Spring's, besides. */
	static final Set<String> LIBRARY_METRICS = Set.of("resilience4j_circuitbreaker_state",
			"http_server_requests_seconds_count", "http_server_requests_seconds_sum",
			"http_server_requests_seconds_max", "http_server_requests_seconds_bucket");

	static final Path MONITORING = ProjectRoot.find().resolve("deploy/monitoring");

	@Test
	void shouldDrawTheDashboardFromThePublishedMetricsOnly() throws IOException {
		JsonNode dashboard = JsonMapper.builder()
			.build()
			.readTree(MONITORING.resolve("grafana/partner-network.json").toFile());
		assertThat(dashboard.get("uid").asString()).isEqualTo("partner-network");
		assertThat(dashboard.at("/templating/list/0/query").asString())
			.as("the Prometheus data source is chosen on import")
			.isEqualTo("prometheus");

		Set<String> read = new TreeSet<>();
		for (JsonNode panel : dashboard.get("panels")) {
			if (panel.get("type").asString().equals("row")) {
				continue;
			}
			String title = panel.get("title").asString();
			assertThat(panel.at("/datasource/uid").asString()).as(title).isEqualTo("${datasource}");
			assertThat(panel.get("targets")).as(title).isNotEmpty();
			for (JsonNode target : panel.get("targets")) {
				Set<String> names = PromQl.metricNames(target.get("expr").asString());
				assertThat(names).as(title).isNotEmpty().allMatch(this::published);
				read.addAll(names);
			}
		}
		assertThat(read).as("every business metric on the dashboard")
			.containsAll(BUSINESS_METRICS)
			.contains("resilience4j_circuitbreaker_state");
	}

	@Test
	void shouldAlertOnAnOldOutboxAnOpenCircuitAndRisingExpiries() throws IOException {
		Map<String, Map<String, Object>> alerts = alerts();

		assertThat(alerts).containsKeys("OutboxBacklogOld", "CircuitBreakerOpen", "ReferralExpiriesRising");
		alerts.forEach((name, rule) -> {
			assertThat(PromQl.metricNames(String.valueOf(rule.get("expr")))).as(name)
				.isNotEmpty()
				.allMatch(this::published);
			assertThat(String.valueOf(rule.get("for"))).as(name).matches("[0-9]+[smh]");
			assertThat(map(rule.get("labels"))).as(name).containsKey("severity");
			assertThat(map(rule.get("annotations"))).as(name).containsKeys("summary", "description");
		});
		assertThat(String.valueOf(alerts.get("OutboxBacklogOld").get("expr")))
			.contains("partner_network_outbox_oldest_age_seconds", "> 300", "by (service, destination)");
		assertThat(String.valueOf(alerts.get("CircuitBreakerOpen").get("expr")))
			.contains("resilience4j_circuitbreaker_state{state=~\"open|forced_open\"}", "by (application, name)");
		assertThat(String.valueOf(alerts.get("ReferralExpiriesRising").get("expr")))
			.contains("increase(partner_network_referrals_expired_total[1d])", "offset 1w", "by (urgency)");
	}

	@Test
	void shouldPassPromtoolsChecksAndTheAlertsUnitTests() throws Exception {
		Path promtool = RequiredTool.find("promtool", "PROMTOOL",
				"take it from Debian's package: apt-get download prometheus, dpkg -x, copy usr/bin/promtool");
		Path rules = MONITORING.resolve("prometheus");

		assertThat(run(rules, promtool.toString(), "check", "rules", "partner-network-alerts.yml")).contains("SUCCESS");
		assertThat(run(rules, promtool.toString(), "test", "rules", "partner-network-alerts.test.yml"))
			.contains("SUCCESS");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldScrapeTheAnnotatedPodsOfThePlatformOnly() throws IOException {
		Map<String, Object> job;
		try (InputStream in = Files.newInputStream(MONITORING.resolve("prometheus/scrape-configs.yml"))) {
			job = ((List<Map<String, Object>>) new Yaml().<Map<String, Object>>load(in).get("scrape_configs")).get(0);
		}
		Map<String, Object> discovery = ((List<Map<String, Object>>) job.get("kubernetes_sd_configs")).get(0);

		assertThat(discovery).containsEntry("role", "pod");
		assertThat(map(discovery.get("namespaces"))).containsEntry("names", List.of("partner-network"));
		List<Map<String, Object>> relabelling = (List<Map<String, Object>>) job.get("relabel_configs");
		assertThat(relabelling.get(0)).containsEntry("action", "keep")
			.containsEntry("source_labels", List.of("__meta_kubernetes_pod_annotation_prometheus_io_scrape"));
		assertThat(relabelling).as("no target label 'service': the platform's metrics carry their own")
			.noneMatch(rule -> "service".equals(rule.get("target_label")));
	}

	private boolean published(String metric) {
		return BUSINESS_METRICS.contains(metric) || LIBRARY_METRICS.contains(metric);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> alerts() throws IOException {
		Map<String, Object> file;
		try (InputStream in = Files.newInputStream(MONITORING.resolve("prometheus/partner-network-alerts.yml"))) {
			file = new Yaml().load(in);
		}
		Map<String, Map<String, Object>> alerts = new java.util.LinkedHashMap<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
			for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
				alerts.put(String.valueOf(rule.get("alert")), rule);
			}
		}
		return alerts;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static String run(Path directory, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
		return output;
	}

}
