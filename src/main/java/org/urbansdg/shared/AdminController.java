package org.urbansdg.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The secretariat's starting page (all of {@code /admin} is for the secretariat). */
@Controller
class AdminController {

	static final String ADMIN = "shared/admin";

	@GetMapping("/admin")
	String admin() {
		return ADMIN;
	}
}
