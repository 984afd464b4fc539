package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.partnernetwork.launcher.PartProcess;

/**
 * What else the machine is doing, and what the parts cost in memory: context for the
 * figures.
 */
final class Machine {

	private Machine() {
	}

	/** The 1-minute load average from {@code /proc/loadavg}, or "unknown". */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0];
		}
		catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	/**
	 * Other work on the machine competes for the same cores and makes the latencies
	 * longer.
	 */
	static void warnIfBusy(PrintStream out) {
		int cores = Runtime.getRuntime().availableProcessors();
		String load = loadAverage();
		try {
			if (Double.parseDouble(load) > cores * 0.5) {
				out.printf(
						"Warning: the load average is %s on %d cores before anything started; other work "
								+ "competes with the benchmark and its figures will be slower and noisier.%n%n",
						load, cores);
			}
		}
		catch (NumberFormatException unknown) {
			// no /proc: nothing to warn about
		}
	}

	static void printMemory(List<PartProcess> processes, PrintStream out) {
		out.printf("%n== Memory after the run (resident)%n%n");
		long total = 0;
		for (PartProcess process : processes) {
			out.printf("  %-22s pid %-8d %6d MB%n", process.part(), process.pid(), process.residentKb() / 1024);
			total += process.residentKb();
		}
		out.printf("  %-22s %-12s %6d MB%n", "total", "", total / 1024);
		out.printf("  %-22s pid %-8d %6d MB%n", "benchmark (this JVM)", ProcessHandle.current().pid(),
				ownResidentKb() / 1024);
	}

	private static long ownResidentKb() {
		return residentKb(ProcessHandle.current().pid());
	}

	/**
	 * The CPU time a process has used so far (user + system, from
	 * {@code /proc/<pid>/stat}, in the kernel's 100 ticks per second), or -1 if it cannot
	 * be read.
	 */
	static long cpuMillis(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/** A process's resident memory from {@code /proc}, or 0 if it cannot be read. */
	static long residentKb(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status"))
				.stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(0);
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

}
