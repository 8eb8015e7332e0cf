package org.accord.referral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.referral.ConcernTold;
import org.accord.referral.DeclineReason;
import org.accord.referral.Referral;
import org.accord.referral.ReferralOutcome;
import org.accord.referral.ReferralStatus;
import org.accord.referral.Referrals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One referral's page: what was sent, its history, and the answers each agency may give now. */
@Controller
class ReferralAnswersController {

	/** One act on the referral; each is a {@link Referrals} call with its own rules. */
	@FunctionalInterface
	private interface Act {

		void run(AccordPrincipal me, UUID id, AnswerForm form);

	}

	private final Referrals referrals;

	private final Clock clock;

	ReferralAnswersController(Referrals referrals, Clock clock) {
		this.referrals = referrals;
		this.clock = clock;
	}

	@GetMapping("/referrals/{id}")
	String show(@AuthenticationPrincipal AccordPrincipal me, @PathVariable UUID id, Model model) {
		return page(me, referrals.open(me, id), new AnswerForm(), model);
	}

	@GetMapping({ "/referrals/{id}/decline", "/referrals/{id}/withdraw", "/referrals/{id}/complete" })
	String answer(@AuthenticationPrincipal AccordPrincipal me, @PathVariable UUID id,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		String uri = request.getRequestURI();
		return answerPage(me, referrals.open(me, id), uri.substring(uri.lastIndexOf('/') + 1), new AnswerForm(), model);
	}

	@PostMapping("/referrals/{id}/accept")
	String accept(@AuthenticationPrincipal AccordPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") AnswerForm form, BindingResult result, Model model, RedirectAttributes flash) {
		return act(me, id, "accept", form, result, model, flash, (u, r, f) -> referrals.accept(u, r, f.getDetail()),
				"You accepted the referral. Your agency now works with the person, and the referrer has been told.");
	}

	@PostMapping("/referrals/{id}/decline")
	String decline(@AuthenticationPrincipal AccordPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") AnswerForm form, BindingResult result, Model model, RedirectAttributes flash) {
		if (form.getDeclineReason() == null) {
			result.rejectValue("declineReason", "required", "Choose why the service cannot take the referral");
		}
		if (form.getAtRisk() == null) {
			result.rejectValue("atRisk", "required", "Say whether you think the person is at risk");
		}
		return act(me, id, "decline", form, result, model, flash,
				(u, r, f) -> referrals.decline(u, r, f.getDeclineReason(), f.getDetail(), f.riskCheck()),
				"You declined the referral. The referrer has been told why.");
	}

	@PostMapping("/referrals/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal AccordPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") AnswerForm form, BindingResult result, Model model, RedirectAttributes flash) {
		return act(me, id, "withdraw", form, result, model, flash, (u, r, f) -> referrals.withdraw(u, r, f.getDetail()),
				"You withdrew the referral. The service has been told.");
	}

	@PostMapping("/referrals/{id}/complete")
	String complete(@AuthenticationPrincipal AccordPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") AnswerForm form, BindingResult result, Model model, RedirectAttributes flash) {
		return act(me, id, "complete", form, result, model, flash,
				(u, r, f) -> referrals.complete(u, r, f.getOutcome(), f.getDetail()),
				"You closed the referral with its outcome. The referrer has been told.");
	}

	private String act(AccordPrincipal me, UUID id, String name, AnswerForm form, BindingResult result, Model model,
			RedirectAttributes flash, Act act, String done) {
		if (!result.hasErrors()) {
			try {
				act.run(me, id, form);
				flash.addFlashAttribute("success", done);
				return "redirect:/referrals/" + id;
			}
			catch (InvalidFieldException ex) {
				// The service names the API's fields; the decline form calls its reason declineReason.
				String field = !ex.field().equals("reason") ? ex.field() : name.equals("decline") ? "declineReason" : "detail";
				result.rejectValue(field, "invalid", ex.getMessage());
			}
			catch (BusinessRuleException | ConflictException ex) {
				flash.addFlashAttribute("problem", ex.getMessage());
				return "redirect:/referrals/" + id;
			}
		}
		Referral referral = referrals.open(me, id);
		return name.equals("accept") ? page(me, referral, form, model) : answerPage(me, referral, name, form, model);
	}

	private String answerPage(AccordPrincipal me, Referral referral, String act, AnswerForm form, Model model) {
		page(me, referral, form, model);
		boolean allowed = switch (act) {
			case "decline" -> (boolean) model.getAttribute("mayAnswer");
			case "complete" -> (boolean) model.getAttribute("mayComplete");
			default -> (boolean) model.getAttribute("mayWithdraw");
		};
		if (!allowed) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Your agency cannot do this to the referral now");
		}
		model.addAttribute("act", act);
		return "referral/answer";
	}

	private String page(AccordPrincipal me, Referral referral, AnswerForm form, Model model) {
		boolean receiving = me.caseworker() && referral.toAgencyId().equals(me.agencyId());
		boolean referring = me.caseworker() && referral.fromAgencyId().equals(me.agencyId());
		model.addAttribute("referral", referral);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayAnswer", receiving && referral.status().awaitingAnswer());
		model.addAttribute("mayComplete", receiving && referral.status() == ReferralStatus.ACCEPTED);
		model.addAttribute("mayWithdraw", referring && referral.status().mayBecome(ReferralStatus.WITHDRAWN));
		model.addAttribute("declineReasons", DeclineReason.values());
		model.addAttribute("outcomes", ReferralOutcome.values());
		model.addAttribute("yesNo", ReferralPagesController.YES_NO);
		model.addAttribute("toldOptions", ConcernTold.values());
		model.addAttribute("form", form);
		return "referral/referral";
	}

}
