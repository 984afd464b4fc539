package org.partnernetwork.vocational.opening;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.ApiPatterns;
import org.partnernetwork.support.web.PageResponse;
import org.partnernetwork.vocational.opening.OpeningInputs.OpeningRequest;
import org.partnernetwork.vocational.opening.OpeningQueries.Criteria;
import org.partnernetwork.vocational.opening.OpeningViews.OpeningView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Openings: a centre posts, edits and closes its own; anyone signed in searches them by
 * trade, province, a young person's age and sex, and start date ({@code startsFrom}: on
 * or after), and sees the seats free. {@code mine=true} lists all of the caller's
 * centre's openings instead, closed ones included.
 */
@RestController
@RequestMapping("/api/openings")
class OpeningController {

	private final OpeningCommands commands;

	private final OpeningQueries queries;

	OpeningController(OpeningCommands commands, OpeningQueries queries) {
		this.commands = commands;
		this.queries = queries;
	}

	@PostMapping
	ResponseEntity<OpeningView> post(@Valid @RequestBody OpeningRequest request, @AuthenticationPrincipal Jwt token,
			CurrentUser user) {
		OpeningView posted = commands.post(request, user, token.getTokenValue());
		return ResponseEntity.created(URI.create("/api/openings/" + posted.id())).body(posted);
	}

	@PutMapping("/{id}")
	OpeningView edit(@PathVariable UUID id, @Valid @RequestBody OpeningRequest request, CurrentUser user) {
		return commands.edit(id, request, user);
	}

	@PostMapping("/{id}/close")
	OpeningView close(@PathVariable UUID id, CurrentUser user) {
		return commands.close(id, user);
	}

	@GetMapping
	PageResponse<OpeningView> search(
			@RequestParam(required = false) @Pattern(regexp = OpeningInputs.TRADE,
					message = "must be a trade code") String trade,
			@RequestParam(required = false) @Pattern(regexp = ApiPatterns.PROVINCE,
					message = "must be a province code KH-1 … KH-25") String province,
			@RequestParam(required = false) @Min(0) @Max(30) Integer age,
			@RequestParam(required = false) @Pattern(regexp = ApiPatterns.SEX,
					message = "must be female, male or other") String sex,
			@RequestParam(required = false) LocalDate startsFrom,
			@RequestParam(required = false) @Pattern(regexp = ApiPatterns.ORGANISATION_SLUG,
					message = "must be an organisation's slug") String centre,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, CurrentUser user) {
		if (mine) {
			return queries.ownCentre(user, page, size);
		}
		return queries.search(new Criteria(trade, province, age, sex, startsFrom, centre), page, size);
	}

	@GetMapping("/{id}")
	OpeningView opening(@PathVariable UUID id) {
		return queries.opening(id);
	}

}
