package org.accord.people.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.people.People;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.InformationCategory;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What being involved with each agency reveals (administrators only, under /admin): the default of its
 * type, or a category of its own, such as sexual health for a sexual health clinic recorded as "health".
 */
@Controller
class InvolvementCategoryController {

	private final People people;

	private final Agencies agencies;

	private final InvolvementCategories categories;

	InvolvementCategoryController(People people, Agencies agencies, InvolvementCategories categories) {
		this.people = people;
		this.agencies = agencies;
		this.categories = categories;
	}

	@GetMapping("/admin/involvement-categories")
	String list(Model model) {
		Map<Agency, InformationCategory> categories = new LinkedHashMap<>();
		agencies.findAll().forEach(a -> categories.put(a, people.categoryOf(a.id())));
		model.addAttribute("categories", categories);
		model.addAttribute("options", options());
		return "people/involvement-categories";
	}

	@PostMapping("/admin/involvement-categories/{agencyId}")
	String set(@PathVariable UUID agencyId, @RequestParam(required = false) String category,
			@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		Agency agency = agencies.find(agencyId).orElseThrow(() -> new NotFoundException("Agency"));
		InformationCategory chosen = options().stream().filter(c -> c.name().equals(category)).findFirst().orElse(null);
		if (chosen == null && category != null && !category.isBlank()) {
			redirect.addFlashAttribute("failure", "Select one of the categories, or the default of the agency's type");
			return "redirect:/admin/involvement-categories";
		}
		InformationCategory now = categories.set(me, agencyId, chosen);
		redirect.addFlashAttribute("success", agency.name() + ": involvements now reveal " + now.label().toLowerCase());
		return "redirect:/admin/involvement-categories";
	}

	private static List<InformationCategory> options() {
		return Arrays.stream(InformationCategory.values()).filter(c -> c != InformationCategory.CONFIDENTIAL_LOCATION)
			.toList();
	}

}
