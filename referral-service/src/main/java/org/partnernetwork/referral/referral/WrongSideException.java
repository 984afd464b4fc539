package org.partnernetwork.referral.referral;

import org.partnernetwork.support.domain.Forbidden;

/** The action is the other organisation's to take on this referral. */
final class WrongSideException extends Forbidden {

	private WrongSideException(String action) {
		super("wrong-side", action);
	}

	static WrongSideException forAction(String action) {
		return new WrongSideException(action);
	}

}
