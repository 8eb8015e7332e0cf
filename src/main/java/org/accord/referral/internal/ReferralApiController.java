package org.accord.referral.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.platform.security.CurrentUser;
import org.accord.referral.ConcernTold;
import org.accord.referral.DeclineReason;
import org.accord.referral.Referral;
import org.accord.referral.ReferralOutcome;
import org.accord.referral.Referrals;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals over the API of api-v1.md: sending, reading with its history, and each answer on the loop. */
@RestController
class ReferralApiController {

	record NewReferral(@NotNull UUID personId, @NotNull UUID toServiceId, @NotBlank @Size(max = 4000) String reason,
			@NotEmpty Set<@NotNull InformationCategory> categories) {
	}

	record Note(@Size(max = 2000) String note) {
	}

	/** The risk check is optional here: a system that declines without asking it sends none. */
	record Decline(@NotNull DeclineReason reason, @Size(max = 2000) String detail, Boolean atRisk,
			@Size(max = 4000) String concern, ConcernTold told) {

		Referral.RiskCheck riskCheck() {
			return atRisk == null ? null : new Referral.RiskCheck(atRisk, concern, told);
		}

	}

	record Withdraw(@NotBlank @Size(max = 2000) String reason) {
	}

	record Complete(@NotNull ReferralOutcome outcome, @Size(max = 2000) String note) {
	}

	enum Box {
		INBOX, SENT
	}

	private final Referrals referrals;

	ReferralApiController(Referrals referrals) {
		this.referrals = referrals;
	}

	@PostMapping("/api/v1/referrals")
	ResponseEntity<Referral> send(@Valid @RequestBody NewReferral body) {
		UUID id = referrals.send(CurrentUser.require(), body.personId(),
				new Referral.Draft(body.toServiceId(), body.reason(), body.categories()));
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + id)).body(referrals.open(CurrentUser.require(), id));
	}

	@GetMapping("/api/v1/referrals")
	Map<String, List<Referral>> list(@RequestParam(defaultValue = "INBOX") Box box) {
		return Map.of("items", box == Box.SENT ? referrals.sent(CurrentUser.require())
				: referrals.inbox(CurrentUser.require()));
	}

	@GetMapping("/api/v1/referrals/{id}")
	Referral referral(@PathVariable UUID id) {
		return referrals.open(CurrentUser.require(), id);
	}

	@GetMapping("/api/v1/people/{id}/referrals")
	Map<String, List<Referral>> forPerson(PersonAccess access) {
		return Map.of("items", referrals.forPerson(access));
	}

	@PostMapping("/api/v1/referrals/{id}/accept")
	Referral accept(@PathVariable UUID id, @Valid @RequestBody(required = false) Note body) {
		referrals.accept(CurrentUser.require(), id, body == null ? null : body.note());
		return referrals.open(CurrentUser.require(), id);
	}

	@PostMapping("/api/v1/referrals/{id}/decline")
	Referral decline(@PathVariable UUID id, @Valid @RequestBody Decline body) {
		referrals.decline(CurrentUser.require(), id, body.reason(), body.detail(), body.riskCheck());
		return referrals.open(CurrentUser.require(), id);
	}

	@PostMapping("/api/v1/referrals/{id}/withdraw")
	Referral withdraw(@PathVariable UUID id, @Valid @RequestBody Withdraw body) {
		referrals.withdraw(CurrentUser.require(), id, body.reason());
		return referrals.open(CurrentUser.require(), id);
	}

	@PostMapping("/api/v1/referrals/{id}/complete")
	Referral complete(@PathVariable UUID id, @Valid @RequestBody Complete body) {
		referrals.complete(CurrentUser.require(), id, body.outcome(), body.note());
		return referrals.open(CurrentUser.require(), id);
	}

}
