package org.partnernetwork.vocational.opening;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnernetwork.support.web.ApiPatterns;

/**
 * What a centre may send about an opening. Its centre, status, seats taken and creator
 * never come from a body.
 */
public final class OpeningInputs {

	/**
	 * A trade as a code: {@code motorbike-mechanics}, {@code hairdressing},
	 * {@code cooking}…
	 */
	public static final String TRADE = "[a-z][a-z-]{1,38}[a-z]";

	private OpeningInputs() {
	}

	/**
	 * An opening, posted or edited whole. {@code version} is the one the centre last
	 * read, required to edit and refused when posting.
	 */
	public record OpeningRequest(
			@NotNull @Pattern(regexp = TRADE,
					message = "must be a trade code such as motorbike-mechanics") String trade,
			@NotNull @Valid Title title,
			@NotNull @Pattern(regexp = ApiPatterns.PROVINCE,
					message = "must be a province code KH-1 … KH-25") String province,
			@NotNull @Min(0) @Max(30) Integer minAge, @NotNull @Min(0) @Max(30) Integer maxAge,
			@NotNull @Pattern(regexp = ApiPatterns.ELIGIBLE_SEX, message = "must be any, female or male") String sex,
			@NotNull @Min(value = 1, message = "must be at least 1") @Max(500) Integer seats,
			@NotNull LocalDate startDate, @NotNull @Min(1) @Max(260) Integer durationWeeks,
			@NotNull LocalDate applicationDeadline, @NotNull Boolean stipend,
			@Min(1) @Max(2000) Integer stipendMonthlyUsd, @NotNull Boolean boarding, @NotNull Boolean literacyRequired,
			@Size(max = 120) String certificate, Long version) {
	}

	public record Title(@NotBlank @Size(max = 200) String en, @Size(max = 200) String km) {
	}

}
