package org.partnernetwork.portal.referral;

import org.partnernetwork.portal.web.Typed;

/**
 * The "find a case reference" form: the box searched (incoming or outgoing) and the
 * reference as typed. It is checked here as referral-service checks it, and shown again
 * only on the page that answers the POST.
 */
public record CaseReferenceForm(String box, String caseReference) {

	static final CaseReferenceForm EMPTY = new CaseReferenceForm(null, null);

	/** The reference as it is looked up: without surrounding spaces. */
	String reference() {
		return caseReference == null ? "" : caseReference.strip();
	}

	boolean valid() {
		return Typed.caseReference(caseReference);
	}

	/** Whether the person asked and the reference is not one. */
	public boolean invalid() {
		return caseReference != null && !valid();
	}

	/** Drafts are searched among outgoing referrals. */
	String searchedBox() {
		return "incoming".equals(box) ? "incoming" : "outgoing";
	}

	@Override
	public String toString() {
		return "CaseReferenceForm[box=" + box + "]";
	}

}
