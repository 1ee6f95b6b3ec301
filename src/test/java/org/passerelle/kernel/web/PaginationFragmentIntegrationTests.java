package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The pagination fragments as the application's own template engine renders them,
 * {@code @shell} included.
 */
@PasserelleIntegrationTest
class PaginationFragmentIntegrationTests {

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext context;

	@Test
	void paginatesASpringDataPageKeepingTheListsQuery() {
		String html = render(Locale.ENGLISH);
		assertThat(html).contains("Results 3 to 4 of 7")
			.contains("<a class=\"page-link\" href=\"/organisations?q=ville&amp;size=2\" rel=\"prev\""
					+ " hx-get=\"/organisations?q=ville&amp;size=2\" hx-target=\"#results\" hx-push-url=\"true\">Previous</a>")
			.contains("href=\"/organisations?q=ville&amp;size=2&amp;page=3\"")
			.contains("aria-label=\"Result pages\"");
	}

	@Test
	void countsWrittenByHandLinkFromTheCurrentAddressWhenNoneIsGiven() {
		// the test framework binds a mock request to the thread, as a real request would
		// be
		MockHttpServletRequest request = (MockHttpServletRequest) ((ServletRequestAttributes) RequestContextHolder
			.currentRequestAttributes()).getRequest();
		request.setRequestURI("/practices");
		request.setQueryString("theme=housing&page=0");
		String counted = render(Locale.FRENCH).split("<div id=\"counted\">")[1];
		assertThat(counted).contains("Résultats 1 à 10 sur 25")
			.contains("<a class=\"page-link\" href=\"/practices?theme=housing&amp;page=1\" rel=\"next\">Suivante</a>")
			.doesNotContain("hx-get");
	}

	@Test
	void aListThatFitsOnOnePageHasNoLinks() {
		String html = render(Locale.ENGLISH, 7).split("<div id=\"counted\">")[1];
		assertThat(html).contains("Results 1 to 7 of 7").doesNotContain("<ul class=\"pagination");
	}

	private String render(Locale locale) {
		return render(locale, 25);
	}

	private String render(Locale locale, int total) {
		Context variables = new Context(locale);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		variables.setVariable("results", new PageImpl<>(List.of("c", "d"), PageRequest.of(1, 2), 7));
		variables.setVariable("total", total);
		return this.templates.process("test/pagination", variables).replaceAll("\\s+", " ");
	}

}
