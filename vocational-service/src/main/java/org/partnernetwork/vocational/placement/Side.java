package org.partnernetwork.vocational.placement;

/** Which of the two organisations a user acts for on a placement: the centre, or the one that asked. */
public enum Side {
	CENTRE, REQUESTER
}
