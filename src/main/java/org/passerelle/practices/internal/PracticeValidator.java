package org.passerelle.practices.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.springframework.stereotype.Component;

/**
 * The rules every practice's content must follow, whatever it comes from (form, API,
 * import): required fields, lengths, codes that exist in the kernel taxonomies,
 * organisations and territories that exist, sensible years and web addresses. Problems
 * are named by field as in the interchange format, so that an import can report them by
 * line and field.
 */
@Component
public class PracticeValidator {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final int FIRST_YEAR = 1945;

	private final Taxonomies taxonomies;

	private final Territories territories;

	private final OrganisationDirectory organisations;

	PracticeValidator(Taxonomies taxonomies, Territories territories, OrganisationDirectory organisations) {
		this.taxonomies = taxonomies;
		this.territories = territories;
		this.organisations = organisations;
	}

	/** Everything wrong with the content; empty if it may be saved. */
	public List<PracticeProblem> problems(PracticeContent content) {
		List<PracticeProblem> problems = new ArrayList<>();
		language(problems, "language", content.language());
		text(problems, "title", content.title(), Practice.TITLE_MAX, true);
		text(problems, "summary", content.summary(), Practice.SUMMARY_MAX, true);
		text(problems, "description", content.description(), Practice.RICH_TEXT_MAX, false);
		text(problems, "results", content.results(), Practice.RICH_TEXT_MAX, false);
		text(problems, "lessons", content.lessons(), Practice.RICH_TEXT_MAX, false);
		text(problems, "transferability", content.transferability(), Practice.RICH_TEXT_MAX, false);
		text(problems, "budget", content.budget(), Practice.SHORT_TEXT_MAX, false);
		text(problems, "fundingSources", content.fundingSources(), Practice.SHORT_TEXT_MAX, false);
		organisations(problems, content);
		countries(problems, content.countries());
		territories(problems, "territories", content.territories());
		territories(problems, "originTerritories", content.originTerritories());
		codes(problems, "levels", Taxonomies.LEVEL, content.levels(), false);
		codes(problems, "themes", Taxonomies.THEME, content.themes(), true);
		codes(problems, "gcmObjectives", Taxonomies.GCM_OBJECTIVE,
				content.gcmObjectives().stream().map(String::valueOf).toList(), false);
		codes(problems, "sdgTargets", Taxonomies.SDG_TARGET, content.sdgTargets(), false);
		codes(problems, "targetGroups", Taxonomies.TARGET_GROUP, content.targetGroups(), false);
		years(problems, content.startYear(), content.endYear());
		links(problems, content.links());
		translations(problems, content);
		return problems;
	}

	private static void language(List<PracticeProblem> problems, String field, String language) {
		if (language == null) {
			problems.add(new PracticeProblem(field, "practices.problem.required"));
		}
		else if (!LANGUAGE.matcher(language).matches()) {
			problems.add(new PracticeProblem(field, "practices.problem.language", language));
		}
	}

	private static void text(List<PracticeProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new PracticeProblem(field, "practices.problem.required"));
			}
		}
		else if (value.length() > max) {
			problems.add(new PracticeProblem(field, "practices.problem.tooLong", value.length(), max));
		}
	}

	private void organisations(List<PracticeProblem> problems, PracticeContent content) {
		if (content.leadOrganisationId() != null && !this.organisations.exists(content.leadOrganisationId())) {
			problems.add(new PracticeProblem("organisation", "practices.problem.organisation",
					content.leadOrganisationId()));
		}
		Set<Long> seen = new HashSet<>();
		if (content.leadOrganisationId() != null) {
			seen.add(content.leadOrganisationId());
		}
		for (int i = 0; i < content.partners().size(); i++) {
			PartnerRole partner = content.partners().get(i);
			String field = "partners[" + (i + 1) + "]";
			if (!this.organisations.exists(partner.organisationId())) {
				problems.add(new PracticeProblem(field, "practices.problem.organisation", partner.organisationId()));
			}
			else if (!seen.add(partner.organisationId())) {
				problems.add(new PracticeProblem(field, "practices.problem.duplicatePartner"));
			}
			text(problems, field + ".role", partner.role(), PracticeContent.ROLE_MAX, false);
		}
	}

	private void countries(List<PracticeProblem> problems, List<String> countries) {
		if (countries.isEmpty()) {
			problems.add(new PracticeProblem("countries", "practices.problem.required"));
		}
		for (String country : countries) {
			if (country == null || !COUNTRY.matcher(country).matches()
					|| this.territories.find("iso:" + country).isEmpty()) {
				problems.add(new PracticeProblem("countries", "practices.problem.country", String.valueOf(country)));
			}
		}
	}

	private void territories(List<PracticeProblem> problems, String field, List<String> ids) {
		for (String id : ids) {
			if (id == null || this.territories.find(id).isEmpty()) {
				problems.add(new PracticeProblem(field, "practices.problem.territory", String.valueOf(id)));
			}
		}
	}

	private void codes(List<PracticeProblem> problems, String field, String taxonomy, List<String> codes,
			boolean required) {
		if (required && codes.isEmpty()) {
			problems.add(new PracticeProblem(field, "practices.problem.required"));
		}
		Set<String> seen = new HashSet<>();
		for (String code : codes) {
			if (code == null || !this.taxonomies.exists(taxonomy, code)) {
				problems.add(new PracticeProblem(field, "practices.problem.code", String.valueOf(code)));
			}
			else if (!seen.add(code)) {
				problems.add(new PracticeProblem(field, "practices.problem.duplicateCode", code));
			}
		}
	}

	private static void years(List<PracticeProblem> problems, Integer start, Integer end) {
		int last = Year.now().getValue() + 10;
		if (start != null && (start < FIRST_YEAR || start > last)) {
			problems.add(new PracticeProblem("startYear", "practices.problem.year", start, FIRST_YEAR, last));
		}
		if (end != null && (end < FIRST_YEAR || end > last)) {
			problems.add(new PracticeProblem("endYear", "practices.problem.year", end, FIRST_YEAR, last));
		}
		if (start != null && end != null && end < start) {
			problems.add(new PracticeProblem("endYear", "practices.problem.yearOrder", end, start));
		}
	}

	private static void links(List<PracticeProblem> problems, List<String> links) {
		for (String link : links) {
			if (!isWebAddress(link)) {
				problems.add(new PracticeProblem("links", "practices.problem.link", String.valueOf(link)));
			}
		}
	}

	/** Whether the text is an absolute http or https address with a host. */
	public static boolean isWebAddress(String link) {
		if (link == null || link.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void translations(List<PracticeProblem> problems, PracticeContent content) {
		content.translations().forEach((language, translation) -> {
			String field = "translations." + language;
			language(problems, field, language);
			if (language.equals(content.language())) {
				problems.add(new PracticeProblem(field, "practices.problem.sameLanguage", language));
			}
			if (translation == null) {
				problems.add(new PracticeProblem(field, "practices.problem.required"));
				return;
			}
			text(problems, field + ".title", translation.title(), Practice.TITLE_MAX, true);
			text(problems, field + ".summary", translation.summary(), Practice.SUMMARY_MAX, true);
			text(problems, field + ".description", translation.description(), Practice.RICH_TEXT_MAX, false);
		});
	}

}
