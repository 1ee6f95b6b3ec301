package org.passerelle.kernel.mail.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the sender of a mail wrote themselves: the body without the quoted message it
 * answers and without the signature. Recognises, in English, French, Spanish and
 * Portuguese:
 * <ul>
 * <li>lines quoted with {@code >} (removed wherever they are, so that an answer written
 * between quoted lines stays);</li>
 * <li>reply headers ("On … wrote:", "Le … a écrit :", "El … escribió:", "Em … escreveu:",
 * also when the mail client wrapped them over two lines), separators ("-----Original
 * Message-----" and its translations) and Outlook's "From: … Sent: …" blocks: they and
 * everything after them are removed;</li>
 * <li>signatures: the {@code "-- "} line and the phone footers ("Sent from my …", "Envoyé
 * de mon …", "Enviado desde mi …", "Enviado do meu …"), with everything after them.</li>
 * </ul>
 */
public final class ReplyText {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** Reply headers: a line (or two joined lines) that introduces the quoted message. */
	private static final List<Pattern> REPLY_HEADERS = List.of(Pattern.compile("^On\\s.*\\swrote\\s?:$", FLAGS),
			Pattern.compile("^Le\\s.*\\sa\\s+écrit\\s?:$", FLAGS), Pattern.compile("^El\\s.*\\sescribió\\s?:$", FLAGS),
			Pattern.compile("^Em\\s.*\\sescreveu\\s?:$", FLAGS));

	private static final Pattern REPLY_HEADER_START = Pattern.compile("^(On|Le|El|Em)\\s.*", FLAGS);

	private static final Pattern SEPARATOR = Pattern
		.compile("^-{2,}\\s*(Original Message|Forwarded message|Message d'origine|Message d’origine|Message original|"
				+ "Message transféré|Mensaje original|Mensaje reenviado|Mensagem original|Mensagem encaminhada)\\s*-{2,}$",
				FLAGS);

	private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\*?(From|De)\\s?:\\*?\\s.+", FLAGS);

	private static final Pattern OUTLOOK_SENT = Pattern
		.compile("^\\*?(Sent|Date|Envoyé|Enviado(?: el)?|Enviada(?: em)?|Data|Fecha)\\s?:\\*?\\s.+", FLAGS);

	private static final Pattern RULE = Pattern.compile("^_{10,}$");

	private static final Pattern PHONE_FOOTER = Pattern
		.compile("^(Sent from my\\s|Sent from Outlook|Get Outlook for\\s|"
				+ "Envoyé de mon\\s|Envoyé depuis mon\\s|Enviado desde mi\\s|Enviado do meu\\s|Enviado de meu\\s|"
				+ "Enviado desde Outlook|Obtenir Outlook pour\\s).*", FLAGS);

	private ReplyText() {
	}

	/**
	 * The sender's own text.
	 * @param text a mail body as plain text, possibly {@code null}
	 * @return the text without quotations and signature, trimmed, with at most one blank
	 * line in a row; {@code ""} when nothing is left
	 */
	public static String strip(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n", -1);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.startsWith(">")) {
				continue;
			}
			if (endsHere(lines, i)) {
				break;
			}
			kept.add(lines[i].stripTrailing());
		}
		while (!kept.isEmpty()
				&& (kept.get(kept.size() - 1).isBlank() || RULE.matcher(kept.get(kept.size() - 1).strip()).matches())) {
			kept.remove(kept.size() - 1);
		}
		return collapseBlankLines(kept).strip();
	}

	/** Whether line {@code i} starts the quoted message or the signature. */
	private static boolean endsHere(String[] lines, int i) {
		String line = lines[i].strip();
		if (lines[i].equals("-- ") || line.equals("--") || PHONE_FOOTER.matcher(line).matches()
				|| SEPARATOR.matcher(line).matches()) {
			return true;
		}
		if (isReplyHeader(line)) {
			return true;
		}
		if (REPLY_HEADER_START.matcher(line).matches() && i + 1 < lines.length
				&& isReplyHeader(line + " " + lines[i + 1].strip())) {
			return true;
		}
		if (OUTLOOK_FROM.matcher(line).matches()) {
			for (int next = i + 1; next < Math.min(i + 4, lines.length); next++) {
				if (OUTLOOK_SENT.matcher(lines[next].strip()).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isReplyHeader(String line) {
		return REPLY_HEADERS.stream().anyMatch(p -> p.matcher(line).matches());
	}

	private static String collapseBlankLines(List<String> lines) {
		StringBuilder text = new StringBuilder();
		boolean previousBlank = false;
		for (String line : lines) {
			boolean blank = line.isBlank();
			if (blank && previousBlank) {
				continue;
			}
			text.append(blank ? "" : line).append('\n');
			previousBlank = blank;
		}
		return text.toString();
	}

}
