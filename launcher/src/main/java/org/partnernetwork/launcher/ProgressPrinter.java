package org.partnernetwork.launcher;

/** Receives the lines that tell a person how the start is going. */
@FunctionalInterface
public interface ProgressPrinter {

	void print(String line);

	static ProgressPrinter console() {
		return line -> {
			System.out.println(line);
			System.out.flush();
		};
	}

	static ProgressPrinter silent() {
		return line -> {
		};
	}

}
