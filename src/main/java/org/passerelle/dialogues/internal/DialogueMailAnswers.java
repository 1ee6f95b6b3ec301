package org.passerelle.dialogues.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the answers of a contribution sent by e-mail. Lines starting with a question
 * marker ({@code Q2:}, {@code Question 2.}, {@code Pregunta 2)}, {@code Questão 2 -}...)
 * start the answer to that question; text before the first marker belongs to the first
 * marked question. Without markers, a marker in the subject ({@code Re: Question 2})
 * chooses the question, otherwise the whole text answers question 1.
 */
public final class DialogueMailAnswers {

	/** The words contributors write before a question's number, in the five languages. */
	private static final String WORDS = "q|question|pregunta|questão|questao|pergunta|السؤال|سؤال";

	private static final Pattern LINE_MARKER = Pattern.compile(
			"^\\h*(?:" + WORDS + ")\\h*(?:n[°o.]?\\h*)?(\\d{1,3})\\h*[:.)\\-–—]\\h?(.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// in a subject the marker may stand anywhere, without punctuation after it
	private static final Pattern SUBJECT_MARKER = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:" + WORDS + ")\\h*(?:n[°o.]?\\h*)?(\\d{1,3})(?!\\p{N})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private DialogueMailAnswers() {
	}

	/**
	 * The answers in a mail.
	 * @param text the mail's text, without quoted replies
	 * @param subject the mail's subject, or {@code null}
	 * @return question number → answer text (stripped; questions without text left out),
	 * in question order; empty when the text is blank
	 */
	public static Map<Integer, String> read(String text, String subject) {
		Map<Integer, String> answers = new TreeMap<>();
		if (text == null || text.isBlank()) {
			return answers;
		}
		Integer current = null;
		// before the first marker, this collects the text that goes with the first marked
		// question
		StringBuilder answer = new StringBuilder();
		for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			Matcher marker = LINE_MARKER.matcher(line);
			if (marker.matches()) {
				if (current != null) {
					add(answers, current, answer);
					answer = new StringBuilder();
				}
				current = Integer.valueOf(marker.group(1));
				answer.append(marker.group(2)).append('\n');
			}
			else {
				answer.append(line).append('\n');
			}
		}
		if (current != null) {
			add(answers, current, answer);
			return answers;
		}
		add(answers, questionInSubject(subject), new StringBuilder(text));
		return answers;
	}

	private static int questionInSubject(String subject) {
		if (subject == null) {
			return 1;
		}
		Matcher marker = SUBJECT_MARKER.matcher(subject);
		return marker.find() ? Integer.parseInt(marker.group(1)) : 1;
	}

	// a question marked twice gets both parts, one paragraph after the other
	private static void add(Map<Integer, String> answers, int question, CharSequence text) {
		String stripped = text.toString().strip();
		if (stripped.isEmpty()) {
			return;
		}
		answers.merge(question, stripped, (first, second) -> first + "\n\n" + second);
	}

}
