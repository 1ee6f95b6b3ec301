package org.passerelle.kernel.documents;

/**
 * The formats {@link DocumentRenderer} writes, with what a download response needs.
 */
public enum DocumentFormat {

	/** Portable Document Format, for reading and printing. */
	PDF("application/pdf", "pdf"),

	/** Word document, for officials who edit the text. */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

	private final String mediaType;

	private final String extension;

	DocumentFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/**
	 * The media type for a {@code Content-Type} header.
	 * @return e.g. {@code application/pdf}
	 */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The file name extension, without the dot.
	 * @return e.g. {@code pdf}
	 */
	public String extension() {
		return this.extension;
	}

}
