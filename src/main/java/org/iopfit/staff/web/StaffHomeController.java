package org.iopfit.staff.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's start page.
 */
@Controller
class StaffHomeController {

	@GetMapping("/staff")
	String home() {
		return "staff/home";
	}

}
