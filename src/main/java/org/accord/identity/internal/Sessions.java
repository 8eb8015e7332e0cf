package org.accord.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions on every node: the session store is shared, so deleting them is enough. */
@Component
class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> repository;

	Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
		this.repository = repository;
	}

	int endAll(String username) {
		var sessions = repository.findByPrincipalName(username);
		sessions.keySet().forEach(repository::deleteById);
		return sessions.size();
	}

}
