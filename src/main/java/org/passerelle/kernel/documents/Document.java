package org.passerelle.kernel.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document to render as PDF or DOCX: a title page header followed by blocks.
 *
 * @param title the document's title, also its PDF and DOCX title property
 * @param subtitle shown under the title; {@code null} or blank for none
 * @param language the language of the text, recorded in the file and used for the page
 * numbers ("Page 2 sur 7")
 * @param metadata short lines shown under the title ("Published on 3 March 2026",
 * "Organisers: …"); may be empty
 * @param blocks the body, in order
 */
public record Document(String title, String subtitle, Locale language, List<String> metadata, List<Block> blocks) {

	public Document {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(language, "language");
		metadata = List.copyOf(metadata);
		blocks = List.copyOf(blocks);
	}

	/**
	 * Starts a document.
	 * @param title the document's title
	 * @param language the language of its text
	 * @return a builder that adds blocks in order
	 */
	public static Builder builder(String title, Locale language) {
		return new Builder(title, language);
	}

	/** Collects a document's parts in order; not thread-safe. */
	public static final class Builder {

		private final String title;

		private final Locale language;

		private String subtitle;

		private final List<String> metadata = new ArrayList<>();

		private final List<Block> blocks = new ArrayList<>();

		private Builder(String title, Locale language) {
			this.title = title;
			this.language = language;
		}

		/**
		 * Sets the subtitle.
		 * @param subtitle plain text
		 * @return this builder
		 */
		public Builder subtitle(String subtitle) {
			this.subtitle = subtitle;
			return this;
		}

		/**
		 * Adds a line under the title.
		 * @param line plain text
		 * @return this builder
		 */
		public Builder metadata(String line) {
			this.metadata.add(Objects.requireNonNull(line, "line"));
			return this;
		}

		/**
		 * Adds a block.
		 * @param block the next block
		 * @return this builder
		 */
		public Builder add(Block block) {
			this.blocks.add(Objects.requireNonNull(block, "block"));
			return this;
		}

		/**
		 * Adds a heading.
		 * @param level 1 to 3
		 * @param text plain text
		 * @return this builder
		 */
		public Builder heading(int level, String text) {
			return add(new Heading(level, text));
		}

		/**
		 * Adds a plain-text paragraph.
		 * @param text plain text
		 * @return this builder
		 */
		public Builder paragraph(String text) {
			return add(new Paragraph(text));
		}

		/**
		 * Adds sanitised rich text.
		 * @param html rich text, sanitised or not
		 * @return this builder
		 */
		public Builder formatted(String html) {
			return add(new FormattedText(html));
		}

		/**
		 * Adds a bulleted list.
		 * @param items plain text items
		 * @return this builder
		 */
		public Builder bullets(List<String> items) {
			return add(new BulletList(items));
		}

		/**
		 * Adds a table.
		 * @param caption the caption, or {@code null}
		 * @param headers column titles
		 * @param rows cell texts
		 * @return this builder
		 */
		public Builder table(String caption, List<String> headers, List<List<String>> rows) {
			return add(new Table(caption, headers, rows));
		}

		/**
		 * Adds a bar chart.
		 * @param title the chart's title
		 * @param bars the bars, in order
		 * @param unit the unit of the values, or {@code null}
		 * @return this builder
		 */
		public Builder barChart(String title, List<Bar> bars, String unit) {
			return add(new BarChart(title, bars, unit));
		}

		/**
		 * Starts a new page.
		 * @return this builder
		 */
		public Builder pageBreak() {
			return add(new PageBreak());
		}

		/**
		 * The document.
		 * @return the document with the blocks added so far
		 */
		public Document build() {
			return new Document(this.title, this.subtitle, this.language, this.metadata, this.blocks);
		}

	}

}
