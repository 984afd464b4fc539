package org.partnernetwork.organisation.directory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** If the entry cannot be saved after Keycloak made the organization, the organization is removed again. */
class OnboardingTest {

	@Test
	void shouldRemoveTheKeycloakOrganizationWhenTheEntryIsNotSaved() {
		OrganisationRepository organisations = mock(OrganisationRepository.class);
		OrganisationIdentities identities = mock(OrganisationIdentities.class);
		when(organisations.findBySlug("kampot-care")).thenReturn(Optional.empty());
		when(identities.create("kampot-care", "Kampot Child Care")).thenReturn("keycloak-id");
		when(organisations.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("duplicate"));
		var onboarding = new Onboarding(organisations, identities,
				new TransactionTemplate(new NoDatabase()), Clock.systemUTC());

		assertThatThrownBy(() -> onboarding.onboard(new DirectoryInputs.NewOrganisation("kampot-care",
				new DirectoryInputs.Text("Kampot Child Care", null), null, null)))
			.isInstanceOf(DataIntegrityViolationException.class);
		verify(identities).delete("keycloak-id");
	}

	/** Transactions without a database: the repository is a mock. */
	static final class NoDatabase extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}
	}
}
