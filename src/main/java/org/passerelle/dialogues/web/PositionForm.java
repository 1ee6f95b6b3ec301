package org.passerelle.dialogues.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.passerelle.dialogues.internal.Position;
import org.passerelle.dialogues.internal.PositionCommand;

/** The form of a common position: title, rich text and drafter organisations. */
public class PositionForm {

	private long version;

	private String title;

	private String text;

	private List<Long> drafterIds = new ArrayList<>();

	/** The form of an existing position. */
	static PositionForm of(Position position) {
		PositionForm form = new PositionForm();
		form.version = position.getVersion();
		form.title = position.getTitle();
		form.text = position.getText();
		form.drafterIds = new ArrayList<>(position.getDrafterIds());
		return form;
	}

	PositionCommand toCommand() {
		return new PositionCommand(this.title, this.text,
				this.drafterIds == null ? null : new LinkedHashSet<>(this.drafterIds));
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public List<Long> getDrafterIds() {
		return this.drafterIds;
	}

	public void setDrafterIds(List<Long> drafterIds) {
		this.drafterIds = drafterIds;
	}

}
