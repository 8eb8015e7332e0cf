package org.accord.platform.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String dashboard() {
		return "platform/dashboard";
	}

	/** Called by the idle-timeout warning when the user chooses to stay signed in; touching the session is enough. */
	@PostMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
