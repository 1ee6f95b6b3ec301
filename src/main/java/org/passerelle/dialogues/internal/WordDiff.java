package org.passerelle.dialogues.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Word-level differences between two versions of a plain text (java-diff-utils, words
 * compared without the spaces that follow them), as pieces kept, removed and added.
 */
public final class WordDiff {

	private static final Pattern WORD = Pattern.compile("^\\s+|\\S+\\s*");

	private WordDiff() {
	}

	/**
	 * The pieces of both texts in reading order: the kept and removed pieces make the
	 * older text, the kept and added ones the newer. {@code null} counts as empty.
	 */
	public static List<Piece> between(String older, String newer) {
		List<String> before = words(older);
		List<String> after = words(newer);
		List<Piece> pieces = new ArrayList<>();
		int next = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after, (a, b) -> a.strip().equals(b.strip()))
			.getDeltas()) {
			append(pieces, Kind.KEPT, after.subList(next, delta.getTarget().getPosition()));
			append(pieces, Kind.REMOVED, delta.getSource().getLines());
			append(pieces, Kind.ADDED, delta.getTarget().getLines());
			next = delta.getTarget().getPosition() + delta.getTarget().size();
		}
		append(pieces, Kind.KEPT, after.subList(next, after.size()));
		return pieces;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text != null) {
			Matcher matcher = WORD.matcher(text);
			while (matcher.find()) {
				words.add(matcher.group());
			}
		}
		return words;
	}

	private static void append(List<Piece> pieces, Kind kind, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		String text = String.join("", words);
		int last = pieces.size() - 1;
		if (last >= 0 && pieces.get(last).kind() == kind) {
			pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
		}
		else {
			pieces.add(new Piece(kind, text));
		}
	}

	/** Whether a piece is in both texts, only the older or only the newer. */
	public enum Kind {

		KEPT, REMOVED, ADDED

	}

	/**
	 * A piece of text, spaces included.
	 *
	 * @param kind where it is
	 * @param text the words
	 */
	public record Piece(Kind kind, String text) {

		/** The words without the spaces after them, to mark only the words. */
		public String words() {
			return this.text.stripTrailing();
		}

		/** Whether spaces follow the words. */
		public boolean spaced() {
			return !this.text.equals(words());
		}

	}

}
