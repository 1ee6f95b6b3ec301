package org.passerelle.practices.web;

import org.passerelle.kernel.web.PageSectionProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the organisation's practices (led, taken part in, replicated) to its page in the
 * actors module.
 */
@Component
class OrganisationPracticesSection implements PageSectionProvider {

	@Override
	public String page() {
		return "organisation";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String titleKey() {
		return "practices.section.title";
	}

	@Override
	public String url(String id) {
		return "/practices/organisation/" + id + "/section";
	}

}
