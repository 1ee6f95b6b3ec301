package org.passerelle.dialogues.web;

import java.util.List;
import java.util.Map;

import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.Position;
import org.passerelle.dialogues.internal.PositionReader;
import org.springframework.stereotype.Component;

/**
 * The common positions shown on a dialogue's page, for its template
 * ({@code @dialoguePositionsView.of(dialogue)}), so that the dialogue's controller does
 * not need to know about positions.
 */
@Component("dialoguePositionsView")
public class DialoguePositionsView {

	private final PositionReader reader;

	DialoguePositionsView(PositionReader reader) {
		this.reader = reader;
	}

	/** The dialogue's positions the reader may see, newest first. */
	public List<Row> of(Dialogue dialogue) {
		List<Position> positions = this.reader.of(dialogue);
		Map<Long, Long> counts = this.reader.endorsementCounts(positions);
		return positions.stream()
			.map(p -> new Row(p.getSlug(), p.getTitle(), p.getStatus().name(), counts.getOrDefault(p.getId(), 0L)))
			.toList();
	}

	/**
	 * A position in the dialogue's list.
	 *
	 * @param slug its address within the dialogue
	 * @param title its title
	 * @param status its status code
	 * @param endorsements how many organisations endorsed it
	 */
	public record Row(String slug, String title, String status, long endorsements) {
	}

}
