package org.passerelle.dialogues.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contribution form: one text per question of the open round (blank ones are
 * ignored), the language written in, and optionally an organisation spoken for.
 */
public class ContributionForm {

	private Map<Integer, String> answers = new LinkedHashMap<>();

	private String language;

	private Long organisationId;

	public Map<Integer, String> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<Integer, String> answers) {
		this.answers = answers;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

}
