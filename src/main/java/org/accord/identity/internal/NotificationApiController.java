package org.accord.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.identity.Notification;
import org.accord.identity.Notifications;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications over the API, and acknowledging a task by name. */
@RestController
class NotificationApiController {

	private final Notifications notifications;

	private final org.accord.identity.PersonNames names;

	NotificationApiController(Notifications notifications, org.accord.identity.PersonNames names) {
		this.names = names;
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	Map<String, List<Notification>> list() {
		AccordPrincipal me = CurrentUser.require();
		return Map.of("items", notifications.forUser(me.agencyId(), me.userId(), 200).stream()
			.map(n -> n.forReader(n.personId() == null || names.mayName(me, n.personId()))).toList());
	}

	@PostMapping("/api/v1/notifications/{id}/acknowledge")
	Map<String, String> acknowledge(@PathVariable UUID id) {
		AccordPrincipal me = CurrentUser.require();
		if (!notifications.acknowledge(id, me)) {
			throw new NotFoundException("Open task");
		}
		return Map.of("id", id.toString(), "acknowledgedBy", me.displayName());
	}

}
