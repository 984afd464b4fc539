package org.partnernetwork.organisation.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnernetwork.support.web.ApiPatterns;

/** What an admin may send to change the directory; anything else in a body is refused. */
public final class DirectoryInputs {

	private DirectoryInputs() {
	}

	public record Text(@NotBlank @Size(max = 200) String en, @Size(max = 200) String km) {
	}

	public record LongText(@Size(max = 2000) String en, @Size(max = 2000) String km) {
	}

	public record Contact(@Email @Size(max = 200) String email,
			@Pattern(regexp = "|\\+?[0-9 ()-]{6,30}", message = "must be a phone number") String phone,
			@Pattern(regexp = "|https?://\\S{3,290}", message = "must be an http(s) address") String website) {
	}

	/** A new partner organisation, onboarded by the network admin. */
	public record NewOrganisation(
			@NotNull @Pattern(regexp = Codes.SLUG,
					message = "must be 3-60 lower-case letters, digits and dashes") String slug,
			@NotNull @Valid Text name, @Valid LongText description, @Valid Contact contact) {
	}

	/** The organisation's own entry; {@code version} is the one the admin last read. */
	public record OrganisationChange(@NotNull @Valid Text name, @Valid LongText description, @Valid Contact contact,
			@NotNull Long version) {
	}

	public record Eligibility(@Min(0) @Max(120) Integer minAge, @Min(0) @Max(120) Integer maxAge,
			@NotNull @Pattern(regexp = ApiPatterns.ELIGIBLE_SEX, message = "must be any, female or male") String sex) {

		@AssertTrue(message = "minAge must not be above maxAge")
		boolean isAgeRangeOrdered() {
			return minAge == null || maxAge == null || minAge <= maxAge;
		}
	}

	/** A service: {@code version} is null when creating one. */
	public record ServiceChange(
			@NotNull @Pattern(regexp = ApiPatterns.SERVICE_TYPE,
					message = "must be a service type code") String serviceType,
			@NotNull @Valid Text name, @Valid LongText description, @NotNull @Valid Eligibility eligibility,
			@NotEmpty List<@Pattern(regexp = ApiPatterns.LANGUAGE,
					message = "must be an ISO 639 language code") String> languages,
			@NotEmpty List<@Pattern(regexp = Codes.PROVINCE,
					message = "must be a province code KH-1 … KH-25") String> provinces,
			@NotNull @Pattern(regexp = Codes.CAPACITY,
					message = "must be available, waitlist or full") String capacityStatus,
			Long version) {
	}

	/**
	 * A place the organisation works; a confidential one (a shelter) shows its address
	 * only to its own staff.
	 */
	public record LocationChange(@NotNull @Valid Text name,
			@NotNull @Pattern(regexp = Codes.PROVINCE,
					message = "must be a province code KH-1 … KH-25") String province,
			@Size(max = 300) String address, boolean confidential, Long version) {
	}

}
