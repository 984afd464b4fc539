package org.partnernetwork.notification.telegram;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LinkCodeRepository extends JpaRepository<LinkCodeEntity, String> {

	@Modifying
	@Query("delete from LinkCodeEntity c where c.person = :person")
	void deleteByPerson(String person);

}
