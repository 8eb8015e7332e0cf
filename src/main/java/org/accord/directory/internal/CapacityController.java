package org.accord.directory.internal;

import java.util.UUID;

import org.accord.directory.Capacity;
import org.accord.directory.Service;
import org.accord.directory.Services;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.InvalidFieldException;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saying what room a service has now: the owning agency keeps it current, and referrers see it. */
@Controller
class CapacityController {

	private final Services services;

	CapacityController(Services services) {
		this.services = services;
	}

	@GetMapping("/directory/services/{id}/capacity")
	String form(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		return page(editable(id, me), null, null, model);
	}

	@PostMapping("/directory/services/{id}/capacity")
	String state(@PathVariable UUID id, @RequestParam(required = false) String capacity,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		Service service = editable(id, me);
		Capacity chosen = null;
		for (Capacity c : Capacity.values()) {
			if (c.name().equals(capacity)) {
				chosen = c;
			}
		}
		try {
			services.stateCapacity(me, id, chosen);
			redirect.addFlashAttribute("success", service.name() + ": " + chosen.label().toLowerCase(java.util.Locale.UK)
					+ ", as of today");
			return "redirect:/directory/services/" + id;
		}
		catch (InvalidFieldException ex) {
			return page(service, chosen, ex.getMessage(), model);
		}
	}

	private String page(Service service, Capacity chosen, String error, Model model) {
		model.addAttribute("service", service);
		model.addAttribute("capacities", Capacity.values());
		model.addAttribute("chosen", chosen != null ? chosen : service.capacity());
		model.addAttribute("error", error);
		return "directory/capacity";
	}

	private Service editable(UUID id, AccordPrincipal me) {
		Service service = services.find(id).orElseThrow(() -> new NotFoundException("Service"));
		if (!Services.mayStateCapacity(me, service)) {
			throw new AccessDeniedException("Only the service's own agency says what room it has");
		}
		return service;
	}

}
