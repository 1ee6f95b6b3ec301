package org.passerelle.practices.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.passerelle.practices.internal.PracticeContact;

/** A message to the lead organisation of a practice, as the contact form sends it. */
public class ContactForm {

	@NotBlank(message = "{practices.contact.validation.subject}")
	@Size(max = PracticeContact.SUBJECT_MAX, message = "{practices.contact.validation.subjectSize}")
	private String subject;

	@NotBlank(message = "{practices.contact.validation.message}")
	@Size(min = 10, max = PracticeContact.MESSAGE_MAX, message = "{practices.contact.validation.messageSize}")
	private String message;

	private boolean shareAddress;

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public boolean isShareAddress() {
		return this.shareAddress;
	}

	public void setShareAddress(boolean shareAddress) {
		this.shareAddress = shareAddress;
	}

}
