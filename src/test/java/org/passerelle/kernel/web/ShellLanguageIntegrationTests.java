package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class ShellLanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void answersInSpanishWhenTheBrowserPrefersSpanish() throws Exception {
		this.mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES,es;q=0.9,en;q=0.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"es\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Ir al contenido")))
			.andExpect(content().string(containsString("Encontrar una organización")));
	}

	@Test
	void answersInFrenchWhenTheBrowserStatesNoLanguage() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Aller au contenu")));
	}

	@Test
	void answersInFrenchWhenTheBrowserAsksOnlyForAnUnsupportedLanguage() throws Exception {
		this.mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Aller au contenu")));
	}

	@Test
	void picksTheBrowsersFirstSupportedLanguage() throws Exception {
		this.mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,pt-BR;q=0.8,en;q=0.5"))
			.andExpect(content().string(containsString("<html lang=\"pt\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Ir para o conteúdo")));
	}

	@Test
	void switchesToArabicRightToLeftWithTheLanguageParameter() throws Exception {
		this.mvc.perform(get("/").param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("/dist/css/bootstrap.rtl.min.css")))
			.andExpect(content().string(not(containsString("/dist/css/bootstrap.min.css"))))
			.andExpect(content().string(containsString("الانتقال إلى المحتوى")))
			.andExpect(cookie().value(ShellLocaleResolver.COOKIE_NAME, "ar"));
	}

	@Test
	void remembersTheChosenLanguageOverTheBrowsers() throws Exception {
		this.mvc
			.perform(get("/about/data").cookie(new Cookie(ShellLocaleResolver.COOKIE_NAME, "en"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Skip to content")));
	}

	@Test
	void ignoresTheChoiceOfAnUnsupportedLanguage() throws Exception {
		this.mvc.perform(get("/").param("lang", "de"))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(cookie().doesNotExist(ShellLocaleResolver.COOKIE_NAME));
	}

	@Test
	void ignoresACookieNamingAnUnsupportedLanguage() throws Exception {
		this.mvc
			.perform(get("/").cookie(new Cookie(ShellLocaleResolver.COOKIE_NAME, "de"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")));
	}

	@Test
	void languageSwitcherLinksToTheCurrentPageInEachLanguage() throws Exception {
		String html = Html
			.of(this.mvc.perform(get("/about/data?section=nuts").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(html).contains("<nav class=\"shell-languages ms-lg-3\" aria-label=\"Interface language\">")
			.contains(
					"<a href=\"/about/data?section=nuts&amp;lang=ar\" lang=\"ar\" hreflang=\"ar\" class=\"link-secondary\">العربية</a>")
			.contains(
					"<a href=\"/about/data?section=nuts&amp;lang=en\" lang=\"en\" hreflang=\"en\" aria-current=\"true\" class=\"current\">English</a>")
			.contains(
					"<a href=\"/about/data?section=nuts&amp;lang=fr\" lang=\"fr\" hreflang=\"fr\" class=\"link-secondary\">Français</a>");
	}

}
