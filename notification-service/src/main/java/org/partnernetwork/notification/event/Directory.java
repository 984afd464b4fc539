package org.partnernetwork.notification.event;

import java.util.List;
import java.util.Optional;

/**
 * Who works where, as the identity provider knows it. Fails with
 * {@link org.partnernetwork.support.domain.PeerUnavailable} when it cannot answer, so
 * that the event is delivered again later.
 */
public interface Directory {

	/**
	 * The enabled members of an organisation (its slug) who hold a realm role; none when
	 * there is no such organisation.
	 */
	List<Member> members(String organisation, String role);

	/** An enabled person by their id, if there is one. */
	Optional<Member> person(String id);

}
