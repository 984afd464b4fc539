package org.partnernetwork.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay of {@code deploy/kubernetes/} as {@code kubectl apply -k} would:
 * {@code kubectl kustomize <overlay>}. Debian 12's kubectl (1.20, Kustomize 2.0.3) and
 * current ones render these overlays alike; set {@code KUBECTL} to render with another.
 */
final class Kustomize {

	private Kustomize() {
	}

	static String render(Path overlay) {
		Path kubectl = RequiredTool.find("kubectl", "KUBECTL",
				"install it with 'apt-get install kubernetes-client' (Debian 12's kubectl)");
		try {
			Path output = Files.createTempFile("kustomize", ".yaml");
			Path errors = Files.createTempFile("kustomize", ".err");
			try {
				Process process = new ProcessBuilder(List.of(kubectl.toString(), "kustomize", overlay.toString()))
					.redirectOutput(output.toFile())
					.redirectError(errors.toFile())
					.start();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new AssertionError("kubectl kustomize " + overlay + " did not finish within 60 s");
				}
				if (process.exitValue() != 0) {
					throw new AssertionError("kubectl kustomize " + overlay + " failed:\n"
							+ Files.readString(errors, StandardCharsets.UTF_8));
				}
				return Files.readString(output, StandardCharsets.UTF_8);
			}
			finally {
				Files.delete(output);
				Files.delete(errors);
			}
		}
		catch (IOException ex) {
			throw new AssertionError("Could not run " + kubectl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while rendering " + overlay, ex);
		}
	}

}
