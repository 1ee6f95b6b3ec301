package org.passerelle.dialogues.web;

import org.passerelle.dialogues.PositionStatus;
import org.passerelle.dialogues.internal.Position;

/** The form that changes a common position's status and follow-up note. */
public class PositionStatusForm {

	private long version;

	private PositionStatus status;

	private String followUp;

	static PositionStatusForm of(Position position) {
		PositionStatusForm form = new PositionStatusForm();
		form.version = position.getVersion();
		form.status = position.getStatus();
		form.followUp = position.getFollowUp();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public PositionStatus getStatus() {
		return this.status;
	}

	public void setStatus(PositionStatus status) {
		this.status = status;
	}

	public String getFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(String followUp) {
		this.followUp = followUp;
	}

}
