package org.partnernetwork.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProcessTreeTest {

	@Test
	void shouldStopTheProcessAndWhatItSpawned(@TempDir Path dir) throws Exception {
		Path childPid = dir.resolve("child.pid");
		Process parent = new ProcessBuilder("bash", "-c", "sleep 300 & echo $! > " + childPid + "; wait").start();
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.size(childPid) > 0);
		ProcessHandle child = ProcessHandle.of(Long.parseLong(Files.readString(childPid).strip())).orElseThrow();

		ProcessTree.terminate(parent.toHandle(), Duration.ofSeconds(5));

		assertThat(parent.isAlive()).isFalse();
		assertThat(child.isAlive()).isFalse();
	}

	@Test
	void shouldMeasureResidentMemoryFromProc() {
		assertThat(ProcessTree.residentKb(ProcessHandle.current())).isGreaterThan(1024);
	}

}
