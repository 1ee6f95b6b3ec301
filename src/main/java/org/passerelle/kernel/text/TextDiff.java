package org.passerelle.kernel.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Word-level differences between two plain texts, for the history pages: the text cut
 * into words and the spaces between them, compared token by token (java-diff-utils' Myers
 * algorithm), then adjacent tokens of the same kind joined again.
 */
public final class TextDiff {

	/** A word and the spaces after it, or the spaces a text starts with. */
	private static final Pattern TOKEN = Pattern.compile("^\\s+|\\S+\\s*");

	private TextDiff() {
	}

	/**
	 * The second text as a series of unchanged, removed and added pieces; reading the
	 * unchanged and removed pieces gives the first text, the unchanged and added ones the
	 * second. {@code null} counts as empty.
	 */
	public static List<Segment> words(String before, String after) {
		List<String> source = tokens(before);
		List<String> target = tokens(after);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		int targetPosition = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(source, target, (a, b) -> a.strip().equals(b.strip()))
			.getDeltas()) {
			int unchanged = delta.getSource().getPosition() - position;
			add(segments, Change.SAME, target.subList(targetPosition, targetPosition + unchanged));
			add(segments, Change.REMOVED, delta.getSource().getLines());
			add(segments, Change.ADDED, delta.getTarget().getLines());
			position = delta.getSource().getPosition() + delta.getSource().size();
			targetPosition = delta.getTarget().getPosition() + delta.getTarget().size();
		}
		add(segments, Change.SAME, target.subList(targetPosition, target.size()));
		return segments;
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void add(List<Segment> segments, Change change, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).change() == change) {
			segments.set(last, new Segment(change, segments.get(last).text() + text));
		}
		else {
			segments.add(new Segment(change, text));
		}
	}

	/** What happened to a piece of text. */
	public enum Change {

		SAME, REMOVED, ADDED

	}

	/**
	 * A piece of text.
	 *
	 * @param change whether it is in both texts, only the first or only the second
	 * @param text the piece, spaces included
	 */
	public record Segment(Change change, String text) {

		/** The text without the spaces that end it, to mark without marking them. */
		public String words() {
			return this.text.stripTrailing();
		}

		/** Whether the text ends with spaces (shown after the marked words). */
		public boolean spaced() {
			return !this.text.equals(words());
		}

	}

}
