package org.passerelle.kernel.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyTextTests {

	private static final String ANSWER = "Our city funds a reception desk.\n\nIt works well.";

	@ParameterizedTest
	@ValueSource(strings = { "On Mon, 3 Mar 2025 at 10:00, Ana Ruiz <ana@example.org> wrote:",
			"Le lun. 3 mars 2025 à 10:00, Ana Ruiz <ana@example.org> a\u00a0écrit\u00a0:",
			"Le 03/03/2025 à 10:00, Ana Ruiz a écrit :",
			"El lun, 3 mar 2025 a las 10:00, Ana Ruiz (<ana@example.org>) escribió:",
			"Em seg., 3 de mar. de 2025 às 10:00, Ana Ruiz <ana@example.org> escreveu:", "-----Original Message-----",
			"-----Message d'origine-----", "-----Mensaje original-----", "-----Mensagem original-----",
			"---------- Forwarded message ---------" })
	void removesTheQuotedMessageAfterAReplyHeaderInEveryLanguage(String header) {
		String mail = ANSWER + "\n\n" + header + "\nThe question of the week is below.\n> quoted line\n";

		assertThat(ReplyText.strip(mail)).isEqualTo(ANSWER);
	}

	@Test
	void recognisesAReplyHeaderThatTheMailClientWrappedOverTwoLines() {
		String mail = ANSWER + "\n\nOn Mon, 3 Mar 2025 at 10:00, Ana Ruiz <ana@example.org>\nwrote:\n\n> Question\n";

		assertThat(ReplyText.strip(mail)).isEqualTo(ANSWER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "From: Ana Ruiz <ana@example.org>\nSent: Monday, March 3, 2025 10:00\nTo: participate",
			"De : Ana Ruiz <ana@example.org>\nEnvoyé : lundi 3 mars 2025 10:00\nÀ : participate",
			"De: Ana Ruiz\nEnviado el: lunes, 3 de marzo de 2025 10:00\nPara: participate",
			"________________________________\nDe: Ana Ruiz <ana@example.org>\nEnviado: segunda-feira, 3 de março de 2025 10:00",
			"*From:* Ana Ruiz\n*Sent:* Monday, March 3, 2025" })
	void removesAnOutlookHeaderBlockAndEverythingAfterIt(String block) {
		String mail = ANSWER + "\n\n" + block + "\nSubject: Week 1\n\nThe question of the week.";

		assertThat(ReplyText.strip(mail)).isEqualTo(ANSWER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-- \nAna Ruiz\nCity of Valencia", "--\nAna Ruiz", "Sent from my iPhone",
			"Envoyé de mon iPhone", "Enviado desde mi teléfono Samsung", "Enviado do meu iPad",
			"Get Outlook for Android" })
	void removesTheSignature(String signature) {
		assertThat(ReplyText.strip(ANSWER + "\n\n" + signature + "\n")).isEqualTo(ANSWER);
	}

	@Test
	void keepsAnAnswerWrittenBetweenQuotedLines() {
		String mail = "> What does your city do?\nIt funds a reception desk.\n> And the region?\nIt co-funds it.\n";

		assertThat(ReplyText.strip(mail)).isEqualTo("It funds a reception desk.\nIt co-funds it.");
	}

	@Test
	void keepsSentencesThatOnlyLookLikeReplyHeaders() {
		String mail = "On reflection, I wrote: the plan needs money.\nLe conseil a écrit : non.\nSent from the field office.";

		assertThat(ReplyText.strip(mail)).isEqualTo(mail);
	}

	@Test
	void normalisesLineEndingsAndKeepsOneBlankLineBetweenParagraphs() {
		assertThat(ReplyText.strip("\r\n\r\nFirst.\r\n\r\n\r\n\r\nSecond.   \r\n\r\n")).isEqualTo("First.\n\nSecond.");
	}

	@Test
	void givesNothingForNothing() {
		assertThat(ReplyText.strip(null)).isEmpty();
		assertThat(ReplyText.strip("  \n ")).isEmpty();
		assertThat(ReplyText.strip("> only a quotation\n> nothing else")).isEmpty();
	}

}
