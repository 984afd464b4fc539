package org.partnernetwork.portal.training;

/** What every training page shares: the role of a training centre's staff. */
final class TrainingPages {

	static final String CENTRE_STAFF = "centre-staff";

	private TrainingPages() {
	}

}
