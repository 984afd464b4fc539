package org.partnernetwork.referral.referral;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, gives every referral made before case references were kept as keyed hashes
 * its hash, a batch at a time; a referral's version and dates stay as they were. Only a
 * count is logged.
 */
@Component
class CaseReferenceIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CaseReferenceIndex.class);

	private static final int BATCH = 200;

	private final ReferralRepository referrals;

	private final SealedFields sealed;

	private final TransactionTemplate transactions;

	CaseReferenceIndex(ReferralRepository referrals, SealedFields sealed, TransactionTemplate transactions) {
		this.referrals = referrals;
		this.sealed = sealed;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		int indexed = 0;
		int batch;
		do {
			batch = transactions.execute(status -> indexBatch());
			indexed += batch;
		}
		while (batch == BATCH);
		if (indexed > 0) {
			log.info("Indexed the case references of {} referrals", indexed);
		}
	}

	private int indexBatch() {
		var batch = referrals.notIndexed(PageRequest.of(0, BATCH));
		for (ReferralEntity referral : batch) {
			String reference = sealed.open(referral.id(), SealedFields.Field.CASE_REFERENCE,
					referral.sealedCaseReference());
			referrals.index(referral.id(), sealed.lookup(reference));
		}
		return batch.size();
	}

}
