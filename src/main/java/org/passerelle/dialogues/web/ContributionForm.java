package org.passerelle.dialogues.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

/**
 * The contribution form: one text per question of the open round (blank ones are
 * ignored), the language written in, optionally an organisation spoken for, and up to
 * three attached files.
 */
public class ContributionForm {

	private Map<Integer, String> answers = new LinkedHashMap<>();

	private String language;

	private Long organisationId;

	private List<MultipartFile> files = new ArrayList<>();

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

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

}
