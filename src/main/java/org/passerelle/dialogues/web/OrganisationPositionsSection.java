package org.passerelle.dialogues.web;

import org.passerelle.kernel.web.PageSectionProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the common positions an organisation endorsed, with their status, to its page in
 * the actors module.
 */
@Component
class OrganisationPositionsSection implements PageSectionProvider {

	@Override
	public String page() {
		return "organisation";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String titleKey() {
		return "dialogues.positions.section.title";
	}

	@Override
	public String url(String id) {
		return "/positions/organisation/" + id + "/section";
	}

}
