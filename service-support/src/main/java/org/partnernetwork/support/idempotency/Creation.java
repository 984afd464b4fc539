package org.partnernetwork.support.idempotency;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * A create whose checks have passed: the id the new thing gets, and the save that makes
 * it, run by {@link IdempotentCreates} in the transaction that also records the key.
 */
public record Creation<T>(UUID id, Supplier<T> save) {
}
