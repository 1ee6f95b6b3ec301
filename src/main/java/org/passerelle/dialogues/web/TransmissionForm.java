package org.passerelle.dialogues.web;

import java.time.LocalDate;

import org.passerelle.dialogues.internal.TransmissionCommand;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that records a transmission: the institution, the day, and the document sent
 * (its title, and its web address when it is published).
 */
public class TransmissionForm {

	private String institution;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate transmittedOn;

	private String documentTitle;

	private String documentUrl;

	TransmissionCommand toCommand() {
		return new TransmissionCommand(this.institution, this.transmittedOn, this.documentTitle, this.documentUrl);
	}

	public String getInstitution() {
		return this.institution;
	}

	public void setInstitution(String institution) {
		this.institution = institution;
	}

	public LocalDate getTransmittedOn() {
		return this.transmittedOn;
	}

	public void setTransmittedOn(LocalDate transmittedOn) {
		this.transmittedOn = transmittedOn;
	}

	public String getDocumentTitle() {
		return this.documentTitle;
	}

	public void setDocumentTitle(String documentTitle) {
		this.documentTitle = documentTitle;
	}

	public String getDocumentUrl() {
		return this.documentUrl;
	}

	public void setDocumentUrl(String documentUrl) {
		this.documentUrl = documentUrl;
	}

}
