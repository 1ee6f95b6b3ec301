package org.passerelle.kernel.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The sections other modules add to a page (see {@link PageSectionProvider}), as the bean
 * {@code @pageSections} in templates: {@code @pageSections.forPage('organisation',
 * organisation.id)}. Pages include {@code fragments/sections :: sections(page, id)}
 * rather than calling it themselves.
 */
@Component("pageSections")
public class PageSections {

	private static final Logger logger = LoggerFactory.getLogger(PageSections.class);

	private final List<PageSectionProvider> providers;

	PageSections(List<PageSectionProvider> providers) {
		this.providers = providers.stream()
			.sorted(Comparator.comparingInt(PageSectionProvider::order).thenComparing(PageSectionProvider::titleKey))
			.toList();
	}

	/**
	 * The sections of one record's page, in order.
	 * @param page the page's name, e.g. {@code organisation}
	 * @param id the id of the record it shows
	 */
	public List<PageSectionView> forPage(String page, String id) {
		List<PageSectionView> sections = new ArrayList<>();
		for (PageSectionProvider provider : this.providers) {
			if (!provider.page().equals(page)) {
				continue;
			}
			try {
				String url = provider.url(id);
				if (url != null) {
					sections.add(new PageSectionView(provider.titleKey(), url));
				}
			}
			catch (RuntimeException ex) {
				// the page shows without that section rather than not at all
				logger.warn("Page section '{}' of page '{}' failed and is left out", provider.titleKey(), page, ex);
			}
		}
		return sections;
	}

}
