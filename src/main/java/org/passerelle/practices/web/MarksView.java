package org.passerelle.practices.web;

import org.passerelle.practices.internal.PracticeMarks;
import org.passerelle.practices.internal.PracticeMarks.MarkSummary;
import org.springframework.stereotype.Component;

/**
 * The marks of a practice for the fragment {@code practices/_marks :: marks(practice)},
 * as the bean {@code @practiceMarksView}, so that any page showing a practice can include
 * the fragment without preparing its model.
 */
@Component("practiceMarksView")
public class MarksView {

	private final PracticeMarks marks;

	MarksView(PracticeMarks marks) {
		this.marks = marks;
	}

	/** The marks of the practice as the current reader sees them. */
	public MarkSummary of(long practiceId) {
		return this.marks.summary(practiceId);
	}

}
