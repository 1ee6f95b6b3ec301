package org.passerelle.kernel.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RichTextTests {

	@Test
	void keepsAllowedFormatting() {
		String html = "<h3>Accueil</h3><h4>Principes</h4><p>Un <strong>fort</strong>, <b>gras</b>, <em>accent</em>, "
				+ "<i>italique</i> et <u>souligné</u>.<br />Suite</p><ul><li>un</li></ul><ol><li>deux</li></ol>"
				+ "<blockquote><p>Citation</p></blockquote>"
				+ "<table><thead><tr><th>Ville</th></tr></thead><tbody><tr><td>Rennes</td></tr></tbody></table>";

		assertThat(RichText.sanitise(html)).isEqualTo(html);
	}

	@Test
	void dropsStylingAttributesButKeepsTheirElements() {
		assertThat(RichText
			.sanitise("<p style=\"color:red\" class=\"lead\" id=\"x\" title=\"t\" dir=\"rtl\" lang=\"ar\">texte</p>"))
			.isEqualTo("<p>texte</p>");
		assertThat(RichText.sanitise("<table border=\"1\"><tr><td colspan=\"2\" width=\"50\">c</td></tr></table>"))
			.isEqualTo("<table><tbody><tr><td>c</td></tr></tbody></table>");
	}

	@Test
	void dropsDisallowedElementsButKeepsTheirText() {
		assertThat(RichText.sanitise("<div><span>Intégration</span> <font color=red>locale</font></div>"))
			.isEqualTo("Intégration locale");
		assertThat(RichText.sanitise("<p>Avant<img src=\"photo.jpg\" alt=\"photo\">après</p>"))
			.isEqualTo("<p>Avantaprès</p>");
	}

	@Test
	void dropsScriptsStylesAndFramesWithTheirContent() {
		assertThat(RichText.sanitise("<p>a</p><script>alert(1)</script><style>p{color:red}</style>"
				+ "<iframe src=\"https://evil.example\">cadre</iframe><object data=\"x\"></object><embed src=\"x\">"
				+ "<form action=\"https://evil.example\"><input name=\"q\"><button>Envoyer</button></form><p>b</p>"))
			.doesNotContain("script", "alert", "style", "color", "iframe", "object", "embed", "form", "input",
					"<button")
			.startsWith("<p>a</p>")
			.endsWith("<p>b</p>");
	}

	@Test
	void dropsEventHandlers() {
		assertThat(RichText.sanitise("<p onclick=\"alert(1)\" onmouseover=alert(2)>texte</p>"))
			.isEqualTo("<p>texte</p>");
	}

	@Test
	void keepsWebAndMailLinksWithSafeRel() {
		assertThat(RichText.sanitise("<a href=\"https://example.org/a?b=1&amp;c=2\" target=\"_blank\" rel=\"opener\" "
				+ "title=\"t\">site</a>"))
			.isEqualTo(
					"<a href=\"https://example.org/a?b&#61;1&amp;c&#61;2\" rel=\"nofollow noopener noreferrer\">site</a>");
		assertThat(RichText.sanitise("<a href=\"HTTP://example.org\">x</a>")).contains("href=\"HTTP://example.org\"");
		assertThat(RichText.sanitise("<a href=\"mailto:contact@example.org\">écrire</a>"))
			.isEqualTo("<a href=\"mailto:contact&#64;example.org\" rel=\"nofollow noopener noreferrer\">écrire</a>");
	}

	@Test
	void unwrapsLinksToOtherSchemesAndRelativeAddresses() {
		for (String href : new String[] { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x09;ascript:alert(1)",
				"vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "ftp://example.org", "/relative",
				"//example.org", "#anchor", "https:example.org" }) {
			assertThat(RichText.sanitise("<a href=\"" + href + "\">lien</a>")).as(href).isEqualTo("lien");
		}
	}

	@Test
	void mapsOtherHeadingLevelsToTheTwoOffered() {
		assertThat(RichText.sanitise("<h1>Un</h1><h2>Deux</h2><h5>Cinq</h5><h6>Six</h6>"))
			.isEqualTo("<h3>Un</h3><h3>Deux</h3><h4>Cinq</h4><h4>Six</h4>");
	}

	@Test
	void balancesTagsAndWrapsStrayListItemsAndCells() {
		assertThat(RichText.sanitise("<p><strong>ouvert")).isEqualTo("<p><strong>ouvert</strong></p>");
		assertThat(RichText.sanitise("<li>seul</li>")).isEqualTo("<ul><li>seul</li></ul>");
		assertThat(RichText.sanitise("<td>cellule</td>"))
			.isEqualTo("<table><tbody><tr><td>cellule</td></tr></tbody></table>");
	}

	@Test
	void sanitisingAgainChangesNothingWhereTheTagBalancerRearrangesItsOwnOutput() {
		String once = RichText.sanitise("<h3><a><h4></a>Sous-titre</h4> Titre</h3>");

		assertThat(RichText.sanitise(once)).isEqualTo(once);
		assertThat(RichText.toPlainText(once)).isEqualTo("Sous-titre Titre");
	}

	@Test
	void keepsAccentsAndEscapesMarkupCharacters() {
		assertThat(RichText.sanitise("Hébergement d’urgence & intégration"))
			.isEqualTo("Hébergement d’urgence &amp; intégration");
		assertThat(RichText.sanitise("<p>Hébergement d’urgence &amp; intégration</p>"))
			.isEqualTo("<p>Hébergement d’urgence &amp; intégration</p>");
		assertThat(RichText.sanitise("<p>5 &lt; 6 &gt; 4 &eacute;t&eacute; \"cité\"</p>"))
			.isEqualTo("<p>5 &lt; 6 &gt; 4 été &#34;cité&#34;</p>");
		assertThat(RichText.sanitise("<p>الاندماج المحلي 😀</p>")).isEqualTo("<p>الاندماج المحلي &#x1f600;</p>");
	}

	@Test
	void givesNullForNullBlankAndInvisibleContent() {
		assertThat(RichText.sanitise(null)).isNull();
		assertThat(RichText.sanitise("")).isNull();
		assertThat(RichText.sanitise(" \n\t ")).isNull();
		assertThat(RichText.sanitise("<p></p><p><br></p>")).isNull();
		assertThat(RichText.sanitise("<p>&nbsp;</p>")).isNull();
		assertThat(RichText.sanitise("<script>alert(1)</script>")).isNull();
		assertThat(RichText.sanitise("<img src=x onerror=alert(1)>")).isNull();
	}

	@Test
	void trimsSurroundingWhiteSpace() {
		assertThat(RichText.sanitise("  \n<p>texte</p>\n ")).isEqualTo("<p>texte</p>");
	}

	@Test
	void plainTextSeparatesBlocksButNotInlineFormatting() {
		assertThat(RichText.toPlainText("<h3>Titre</h3><p>Un<br>deux</p><ul><li>a</li><li>b</li></ul>"
				+ "<table><tr><td>c</td><td>d</td></tr></table><p>in<strong>ter</strong><em>na</em>tional</p>"))
			.isEqualTo("Titre Un deux a b c d international");
	}

	@Test
	void plainTextDecodesEntitiesAndCollapsesWhiteSpace() {
		assertThat(RichText.toPlainText("<p>  Hébergement d&rsquo;urgence   &amp;\n\n int&eacute;gration "
				+ "&lt;b&gt; &quot;q&quot; &#39;x&#39; &#x41; a&nbsp;b\u00a0c</p>"))
			.isEqualTo("Hébergement d’urgence & intégration <b> \"q\" 'x' A a b c");
		assertThat(RichText.toPlainText(RichText.sanitise("Hébergement d’urgence & intégration + = @ `")))
			.isEqualTo("Hébergement d’urgence & intégration + = @ `");
	}

	@Test
	void plainTextLeavesOutWhatReadersNeverSee() {
		assertThat(RichText.toPlainText("<p>visible</p><script>var secret = 1;</script><style>p{}</style>"
				+ "<title>titre</title><!-- commentaire -->"))
			.isEqualTo("visible");
	}

	@Test
	void plainTextOfNullOrBlankIsEmpty() {
		assertThat(RichText.toPlainText(null)).isEmpty();
		assertThat(RichText.toPlainText("   ")).isEmpty();
		assertThat(RichText.toPlainText("<p><br></p>")).isEmpty();
	}

	@Test
	void excerptKeepsShortTextWhole() {
		assertThat(RichText.excerpt("<p>Accueil des <em>réfugiés</em></p>", 100)).isEqualTo("Accueil des réfugiés");
		assertThat(RichText.excerpt("<p>Accueil des réfugiés</p>", 20)).isEqualTo("Accueil des réfugiés");
	}

	@Test
	void excerptCutsAtAWordBoundaryWithinTheLimit() {
		String html = "<p>Accueil des réfugiés dans les communes rurales</p>";

		assertThat(RichText.excerpt(html, 25)).isEqualTo("Accueil des réfugiés…").hasSizeLessThanOrEqualTo(25);
		assertThat(RichText.excerpt(html, 21)).isEqualTo("Accueil des réfugiés…");
		assertThat(RichText.excerpt(html, 20)).isEqualTo("Accueil des…");
	}

	@Test
	void excerptDropsPunctuationBeforeTheEllipsis() {
		assertThat(RichText.excerpt("<p>Logement, emploi et santé</p>", 15)).isEqualTo("Logement…");
	}

	@Test
	void excerptCutsInsideAWordTooLongForTheRoom() {
		assertThat(RichText.excerpt("Anticonstitutionnellement", 10)).isEqualTo("Anticonst…");
		assertThat(RichText.excerpt("Anticonstitutionnellement", 1)).isEqualTo("…");
	}

	@Test
	void excerptNeverSplitsACharacterOutsideTheBasicPlane() {
		assertThat(RichText.excerpt("😀😀😀😀😀", 3)).isEqualTo("😀😀…");
	}

	@Test
	void excerptOfNullIsEmptyAndRejectsANonPositiveLimit() {
		assertThat(RichText.excerpt(null, 10)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> RichText.excerpt("texte", 0));
	}

	@Test
	void blankWhenNothingIsVisible() {
		assertThat(RichText.isBlank(null)).isTrue();
		assertThat(RichText.isBlank("")).isTrue();
		assertThat(RichText.isBlank("<p> </p><p><br /></p>")).isTrue();
		assertThat(RichText.isBlank("<p>&nbsp;\u200b\u00ad</p>")).isTrue();
		assertThat(RichText.isBlank("<script>alert(1)</script><img src=x>")).isTrue();
		assertThat(RichText.isBlank("<p>.</p>")).isFalse();
		assertThat(RichText.isBlank("<table><tr><td>1</td></tr></table>")).isFalse();
	}

	@Test
	void visibleLengthCountsTextNotMarkup() {
		assertThat(RichText.visibleLength("<p><strong>été</strong> <a href=\"https://example.org\">ici</a></p>"))
			.isEqualTo(7);
		assertThat(RichText.visibleLength("😀")).isEqualTo(1);
		assertThat(RichText.visibleLength(null)).isZero();
	}

}
