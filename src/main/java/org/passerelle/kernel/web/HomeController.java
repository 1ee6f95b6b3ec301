package org.passerelle.kernel.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the platform offers and where to start. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
