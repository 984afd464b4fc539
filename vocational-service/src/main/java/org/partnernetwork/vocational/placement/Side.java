package org.partnernetwork.vocational.placement;

/**
 * Which of the two organisations a user acts for on a placement: the centre, or the one
 * that asked.
 */
enum Side {

	CENTRE, REQUESTER

}
