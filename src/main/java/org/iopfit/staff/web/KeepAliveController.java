package org.iopfit.staff.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Stay signed in": a request with the session is activity, so the session store starts
 * its idle limit again; nothing else happens. A POST with the CSRF token, so another site
 * cannot keep a forgotten session open.
 */
@Controller
class KeepAliveController {

	@PostMapping("/staff/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
