package org.passerelle.kernel.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the platform offers and where to start. */
@Controller
class HomeController {

	/**
	 * What the platform offers, in the order of the home page; texts are under
	 * {@code shell.home.offer.<id>.*}. An offer without a path is announced as coming.
	 */
	static final List<Offer> OFFERS = List.of(new Offer("practices", null), new Offer("dialogues", null),
			new Offer("actors", "/organisations"), new Offer("data", null), new Offer("funding", null),
			new Offer("partnerships", null));

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("offers", OFFERS);
		return "home";
	}

	/**
	 * One thing the platform offers.
	 *
	 * @param id the key of its texts in the bundle
	 * @param path where it is, or {@code null} while it is still being built
	 */
	public record Offer(String id, String path) {

		public boolean available() {
			return this.path != null;
		}

	}

}
