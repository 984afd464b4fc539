package org.partnernetwork.organisation.onboarding;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.partnernetwork.organisation.directory.DirectoryCommands;
import org.partnernetwork.organisation.directory.DirectoryInputs;
import org.partnernetwork.organisation.directory.DirectoryQueries;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * If the entry cannot be saved after Keycloak made the organization, the organization is
 * removed again.
 */
class OnboardingTest {

	@Test
	void shouldRemoveTheKeycloakOrganizationWhenTheEntryIsNotSaved() {
		DirectoryQueries directory = mock(DirectoryQueries.class);
		DirectoryCommands entries = mock(DirectoryCommands.class);
		OrganisationIdentities identities = mock(OrganisationIdentities.class);
		when(directory.exists("kampot-care")).thenReturn(false);
		when(identities.create("kampot-care", "Kampot Child Care")).thenReturn("keycloak-id");
		when(entries.add(any())).thenThrow(new DataIntegrityViolationException("duplicate"));
		var onboarding = new Onboarding(directory, entries, identities);

		assertThatThrownBy(() -> onboarding.onboard(new DirectoryInputs.NewOrganisation("kampot-care",
				new DirectoryInputs.Text("Kampot Child Care", null), null, null)))
			.isInstanceOf(DataIntegrityViolationException.class);
		verify(identities).delete("keycloak-id");
	}

}
