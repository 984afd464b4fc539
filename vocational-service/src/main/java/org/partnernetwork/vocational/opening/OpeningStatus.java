package org.partnernetwork.vocational.opening;

/**
 * An opening takes seat requests while OPEN; once its centre closes it, it takes none.
 */
public enum OpeningStatus {

	OPEN, CLOSED

}
