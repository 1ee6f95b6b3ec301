package org.passerelle.kernel.documents.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.owasp.html.HtmlSanitizer;
import org.passerelle.kernel.text.RichText;

/**
 * Reduces rich text to what a PDF and a Word document show alike: a flat sequence of
 * paragraphs and list items made of bold or italic runs.
 */
public final class FormattedTextReader {

	private FormattedTextReader() {
	}

	/**
	 * One run of text with its emphasis. A run whose text is {@code "\n"} is a line
	 * break.
	 *
	 * @param text the text, never empty
	 * @param bold whether it is bold
	 * @param italic whether it is italic
	 */
	public record Run(String text, boolean bold, boolean italic) {

		/** Whether this run is a line break. */
		public boolean isBreak() {
			return "\n".equals(this.text);
		}

	}

	/**
	 * A paragraph or a list item.
	 *
	 * @param list the list it belongs to (a number unique within one text, in order of
	 * appearance), or -1 for a paragraph
	 * @param ordered whether the list is numbered
	 * @param number the item's number in a numbered list (from 1)
	 * @param depth nesting: 0 outside lists and for items of a top-level list, 1 inside a
	 * nested list…
	 * @param runs the text
	 */
	public record TextBlock(int list, boolean ordered, int number, int depth, List<Run> runs) {

		/** Whether this block is a list item. */
		public boolean isListItem() {
			return this.list >= 0;
		}

	}

	/**
	 * Reads rich text.
	 * @param html rich text, sanitised or not (it is sanitised again)
	 * @return its paragraphs and list items, in order; empty when nothing visible remains
	 */
	public static List<TextBlock> read(String html) {
		String safe = RichText.sanitise(html);
		if (safe == null) {
			return List.of();
		}
		Walker walker = new Walker();
		HtmlSanitizer.sanitize(safe, walker);
		walker.flush();
		return walker.blocks;
	}

	private record OpenList(int id, boolean ordered, int[] counter) {
	}

	private static final class Walker implements HtmlSanitizer.Policy {

		private final List<TextBlock> blocks = new ArrayList<>();

		private final Deque<OpenList> lists = new ArrayDeque<>();

		private int nextListId;

		private int bold;

		private int italic;

		/** The block being filled, described by the fields below; null when none. */
		private List<Run> runs;

		private int list = -1;

		private boolean ordered;

		private int number;

		private int depth;

		@Override
		public void openDocument() {
		}

		@Override
		public void closeDocument() {
		}

		@Override
		public void openTag(String element, List<String> attributes) {
			switch (element) {
				case "strong", "b" -> this.bold++;
				case "em", "i" -> this.italic++;
				case "br" -> {
					ensureBlock();
					this.runs.add(new Run("\n", false, false));
				}
				case "ul", "ol" -> {
					flush();
					this.lists.push(new OpenList(this.nextListId++, element.equals("ol"), new int[1]));
				}
				case "li" -> {
					flush();
					OpenList open = this.lists.peek();
					if (open == null) {
						startParagraph();
					}
					else {
						startBlock(open.id(), open.ordered(), ++open.counter()[0], this.lists.size() - 1);
					}
				}
				case "h3", "h4" -> {
					flush();
					this.bold++;
				}
				case "th" -> {
					separateCell();
					this.bold++;
				}
				case "td" -> separateCell();
				case "p", "blockquote", "tr", "table" -> flush();
				default -> {
					// links, underlining and table sections only carry text
				}
			}
		}

		@Override
		public void closeTag(String element) {
			switch (element) {
				case "strong", "b" -> this.bold = Math.max(0, this.bold - 1);
				case "em", "i" -> this.italic = Math.max(0, this.italic - 1);
				case "ul", "ol" -> {
					flush();
					this.lists.poll();
				}
				case "h3", "h4" -> {
					this.bold = Math.max(0, this.bold - 1);
					flush();
				}
				case "th" -> this.bold = Math.max(0, this.bold - 1);
				case "li", "p", "blockquote", "tr", "table" -> flush();
				default -> {
				}
			}
		}

		@Override
		public void text(String chunk) {
			String text = collapse(chunk);
			if (text.isEmpty() || (text.equals(" ") && this.runs == null)) {
				return;
			}
			ensureBlock();
			this.runs.add(new Run(text, this.bold > 0, this.italic > 0));
		}

		private void separateCell() {
			if (this.runs != null && !this.runs.isEmpty()) {
				this.runs.add(new Run(" | ", false, false));
			}
		}

		private void ensureBlock() {
			if (this.runs == null) {
				startParagraph();
			}
		}

		private void startParagraph() {
			// text after a nested list, still inside the outer item, stays indented
			startBlock(-1, false, 0, this.lists.size());
		}

		private void startBlock(int list, boolean ordered, int number, int depth) {
			this.runs = new ArrayList<>();
			this.list = list;
			this.ordered = ordered;
			this.number = number;
			this.depth = depth;
		}

		void flush() {
			if (this.runs == null) {
				return;
			}
			List<Run> tidy = tidy(this.runs);
			if (!tidy.isEmpty()) {
				this.blocks.add(new TextBlock(this.list, this.ordered, this.number, this.depth, tidy));
			}
			this.runs = null;
		}

		private static String collapse(String chunk) {
			StringBuilder out = new StringBuilder(chunk.length());
			boolean blank = false;
			for (int i = 0; i < chunk.length(); i++) {
				char c = chunk.charAt(i);
				if (Character.isWhitespace(c)) {
					blank = true;
					continue;
				}
				if (blank) {
					out.append(' ');
					blank = false;
				}
				out.append(c);
			}
			if (blank) {
				out.append(' ');
			}
			return out.toString();
		}

		/**
		 * Drops the blanks at the start and end of the block and around line breaks,
		 * merges runs of the same emphasis, and returns nothing when no text is left.
		 */
		private static List<Run> tidy(List<Run> runs) {
			List<Run> merged = new ArrayList<>();
			boolean lineStart = true;
			for (Run run : runs) {
				if (run.isBreak()) {
					trimEnd(merged);
					if (!merged.isEmpty()) {
						merged.add(run);
					}
					lineStart = true;
					continue;
				}
				String text = lineStart ? run.text().stripLeading() : run.text();
				if (text.isEmpty()) {
					continue;
				}
				lineStart = false;
				Run last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && !last.isBreak() && last.bold() == run.bold() && last.italic() == run.italic()) {
					merged.set(merged.size() - 1, new Run(last.text() + text, run.bold(), run.italic()));
				}
				else {
					merged.add(new Run(text, run.bold(), run.italic()));
				}
			}
			trimEnd(merged);
			while (!merged.isEmpty() && merged.get(merged.size() - 1).isBreak()) {
				merged.remove(merged.size() - 1);
				trimEnd(merged);
			}
			return merged;
		}

		private static void trimEnd(List<Run> runs) {
			while (!runs.isEmpty()) {
				Run last = runs.get(runs.size() - 1);
				if (last.isBreak()) {
					return;
				}
				String text = last.text().stripTrailing();
				if (text.isEmpty()) {
					runs.remove(runs.size() - 1);
				}
				else {
					runs.set(runs.size() - 1, new Run(text, last.bold(), last.italic()));
					return;
				}
			}
		}

	}

}
