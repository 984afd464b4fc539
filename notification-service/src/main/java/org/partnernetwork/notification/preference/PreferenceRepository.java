package org.partnernetwork.notification.preference;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PreferenceRepository extends JpaRepository<PreferenceEntity, String> {

	Optional<PreferenceEntity> findByTelegramChatId(long chatId);

}
