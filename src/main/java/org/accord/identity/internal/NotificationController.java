package org.accord.identity.internal;

import java.util.UUID;

import org.accord.identity.Notifications;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's notifications, and acknowledging a task by name. */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final org.accord.identity.PersonNames names;

	NotificationController(Notifications notifications, org.accord.identity.PersonNames names) {
		this.names = names;
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		model.addAttribute("notifications", notifications.forUser(me.agencyId(), me.userId(), 200).stream()
			.map(n -> n.forReader(n.personId() == null || names.mayName(me, n.personId()))).toList());
		return "identity/notifications";
	}

	@PostMapping("/notifications/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		if (notifications.acknowledge(id, me)) {
			redirect.addFlashAttribute("success", "Acknowledged by " + me.displayName());
		}
		return "redirect:/notifications";
	}

	/** The count of open tasks, shown in the menu on every page. */
	@ControllerAdvice
	static class OpenTasks {

		private final Notifications notifications;

		OpenTasks(Notifications notifications) {
			this.notifications = notifications;
		}

		@ModelAttribute("openNotifications")
		Integer openNotifications() {
			return CurrentUser.get().map(me -> notifications.open(me.agencyId(), me.userId())).orElse(0);
		}

	}

}
