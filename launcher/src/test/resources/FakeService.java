import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for a service in the launcher's tests: answers 200 on SERVER_PORT and says what it was given. */
public class FakeService {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(System.getenv("SERVER_PORT"));
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
		server.createContext("/", exchange -> {
			byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		// runs on SIGTERM (an orderly stop), never on SIGKILL
		Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopping in order")));
		System.out.println("listening on " + port + " KEYCLOAK_URL=" + System.getenv("KEYCLOAK_URL")
				+ " REFERRAL_SERVICE_URL=" + System.getenv("REFERRAL_SERVICE_URL") + " SEARCH_INDEX_DIR="
				+ System.getenv("SEARCH_INDEX_DIR"));
	}
}
