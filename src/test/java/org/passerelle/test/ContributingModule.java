package org.passerelle.test;

import java.util.Locale;

import org.passerelle.kernel.search.GlobalSearchProvider;
import org.passerelle.kernel.search.GlobalSearchSection;
import org.passerelle.kernel.web.PageSectionProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands for a module that contributes to the kernel's shared pages: a section on the
 * organisation page and a search section that always fails. The tests of both SPIs import
 * it, so that they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContributingModule {

	/** The heading of the organisation page's section: "Publics cibles" in French. */
	public static final String SECTION_TITLE_KEY = "kernel.taxonomy.target-group";

	/** The heading of the failing search section: "Thèmes" in French. */
	public static final String BROKEN_SEARCH_TITLE_KEY = "kernel.taxonomy.theme";

	/** The address of the organisation page's section for an organisation id. */
	public static String sectionUrl(Object id) {
		return "/test-module/organisations/" + id + "/section";
	}

	@Bean
	PageSectionProvider testOrganisationSection() {
		return new PageSectionProvider() {

			@Override
			public String page() {
				return "organisation";
			}

			@Override
			public int order() {
				return 10;
			}

			@Override
			public String titleKey() {
				return SECTION_TITLE_KEY;
			}

			@Override
			public String url(String id) {
				return sectionUrl(id);
			}

		};
	}

	@Bean
	GlobalSearchProvider brokenSearch() {
		return new GlobalSearchProvider() {

			@Override
			public String key() {
				return "broken";
			}

			@Override
			public int order() {
				return 90;
			}

			@Override
			public String titleKey() {
				return BROKEN_SEARCH_TITLE_KEY;
			}

			@Override
			public GlobalSearchSection search(String query, Locale locale, int limit) {
				throw new IllegalStateException("the test module's search is down");
			}

		};
	}

}
