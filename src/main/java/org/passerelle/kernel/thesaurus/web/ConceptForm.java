package org.passerelle.kernel.thesaurus.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.thesaurus.ConceptChange;
import org.passerelle.kernel.thesaurus.ConceptLink;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.Thesaurus;

/**
 * The thesaurus editor's form: a preferred label and alternative labels (one a line) per
 * language, broader concepts and taxonomy codes ({@code theme:housing}).
 */
public class ConceptForm {

	private Map<String, @NotBlank(message = "{kernel.thesaurus.error.prefLabelRequired}") @Size(
			max = Thesaurus.MAX_LABEL,
			message = "{kernel.thesaurus.error.tooLong}") String> prefLabels = new LinkedHashMap<>();

	private Map<String, String> altLabels = new LinkedHashMap<>();

	private List<String> broader = new ArrayList<>();

	private List<String> links = new ArrayList<>();

	private long version;

	/** An empty form with a field for every language. */
	public static ConceptForm empty() {
		ConceptForm form = new ConceptForm();
		Analyzers.LANGUAGES.forEach(l -> {
			form.prefLabels.put(l, "");
			form.altLabels.put(l, "");
		});
		return form;
	}

	/** The form showing a concept as it is. */
	public static ConceptForm of(ConceptView concept) {
		ConceptForm form = empty();
		concept.prefLabels().forEach(form.prefLabels::put);
		concept.altLabels().forEach((l, labels) -> form.altLabels.put(l, String.join("\n", labels)));
		form.broader = new ArrayList<>(concept.broader());
		form.links = new ArrayList<>(concept.links().stream().map(ConceptLink::toString).toList());
		form.version = concept.version();
		return form;
	}

	/** The command, keeping the related concepts the form does not show. */
	public ConceptChange toChange(List<String> related) {
		Map<String, List<String>> alt = new LinkedHashMap<>();
		this.altLabels.forEach((l, text) -> alt.put(l, text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
		Set<ConceptLink> parsed = new LinkedHashSet<>();
		this.links.stream().filter(s -> s != null && !s.isBlank()).map(ConceptLink::parse).forEach(parsed::add);
		return new ConceptChange(new LinkedHashMap<>(this.prefLabels), alt, new LinkedHashSet<>(this.broader),
				new LinkedHashSet<>(related), parsed);
	}

	public Map<String, String> getPrefLabels() {
		return this.prefLabels;
	}

	public void setPrefLabels(Map<String, String> prefLabels) {
		this.prefLabels = prefLabels;
	}

	public Map<String, String> getAltLabels() {
		return this.altLabels;
	}

	public void setAltLabels(Map<String, String> altLabels) {
		this.altLabels = altLabels;
	}

	public List<String> getBroader() {
		return this.broader;
	}

	public void setBroader(List<String> broader) {
		this.broader = broader;
	}

	public List<String> getLinks() {
		return this.links;
	}

	public void setLinks(List<String> links) {
		this.links = links;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
