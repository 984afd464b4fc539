package org.partnernetwork.launcher;

/**
 * An operating-system process of a part, with its resident memory (itself and its
 * descendants).
 */
public record PartProcess(String part, long pid, long residentKb) {
}
