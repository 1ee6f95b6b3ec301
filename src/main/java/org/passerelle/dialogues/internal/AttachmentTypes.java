package org.passerelle.dialogues.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The type of an uploaded file as its first bytes show it, whatever its name or the type
 * the browser declared: PDF, PNG, JPEG, and the two zipped office formats, told apart by
 * what the archive holds (an OpenDocument text names its type in a first entry called
 * {@code mimetype}; a Word document has a {@code word/} folder). Only the archive's
 * directory is read, never its compressed content.
 */
public final class AttachmentTypes {

	public static final String PDF = "application/pdf";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String ODT = "application/vnd.oasis.opendocument.text";

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 0x03, 0x04 };

	private static final int END_OF_DIRECTORY = 0x06054b50;

	private static final int DIRECTORY_ENTRY = 0x02014b50;

	/**
	 * Bytes from the local header's start to an entry's name, and the ODT type after it.
	 */
	private static final int LOCAL_NAME_OFFSET = 30;

	private AttachmentTypes() {
	}

	/** The type of the content, if it is one of the accepted ones. */
	public static Optional<String> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			if (isOpenDocumentText(content)) {
				return Optional.of(ODT);
			}
			if (zipHasEntryStartingWith(content, "word/")) {
				return Optional.of(DOCX);
			}
		}
		return Optional.empty();
	}

	/** The usual extension of an accepted type, with its dot. */
	public static String extension(String contentType) {
		return switch (contentType) {
			case PDF -> ".pdf";
			case PNG -> ".png";
			case JPEG -> ".jpg";
			case DOCX -> ".docx";
			case ODT -> ".odt";
			default -> "";
		};
	}

	/**
	 * OpenDocument puts an uncompressed entry named {@code mimetype} first, holding the
	 * type.
	 */
	private static boolean isOpenDocumentText(byte[] content) {
		byte[] name = "mimetype".getBytes(StandardCharsets.US_ASCII);
		byte[] type = ODT.getBytes(StandardCharsets.US_ASCII);
		if (content.length < LOCAL_NAME_OFFSET + name.length + type.length) {
			return false;
		}
		ByteBuffer header = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
		int nameLength = Short.toUnsignedInt(header.getShort(26));
		int extraLength = Short.toUnsignedInt(header.getShort(28));
		int typeStart = LOCAL_NAME_OFFSET + nameLength + extraLength;
		return nameLength == name.length
				&& Arrays.equals(content, LOCAL_NAME_OFFSET, LOCAL_NAME_OFFSET + name.length, name, 0, name.length)
				&& typeStart + type.length <= content.length
				&& Arrays.equals(content, typeStart, typeStart + type.length, type, 0, type.length);
	}

	/** Reads the names of the archive's central directory. */
	static boolean zipHasEntryStartingWith(byte[] content, String prefix) {
		ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
		// the end record is at least 22 bytes, followed by a comment of up to 65535
		int end = -1;
		for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
			if (zip.getInt(i) == END_OF_DIRECTORY) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return false;
		}
		int entries = Short.toUnsignedInt(zip.getShort(end + 10));
		long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
		byte[] wanted = prefix.getBytes(StandardCharsets.UTF_8);
		for (int n = 0; n < entries; n++) {
			if (offset < 0 || offset + 46 > content.length || zip.getInt((int) offset) != DIRECTORY_ENTRY) {
				return false;
			}
			int at = (int) offset;
			int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
			int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
			int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
			int nameStart = at + 46;
			if (nameStart + nameLength > content.length) {
				return false;
			}
			if (nameLength >= wanted.length
					&& Arrays.equals(content, nameStart, nameStart + wanted.length, wanted, 0, wanted.length)) {
				return true;
			}
			offset = (long) nameStart + nameLength + extraLength + commentLength;
		}
		return false;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
