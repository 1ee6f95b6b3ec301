package org.passerelle.test;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.passerelle.kernel.search.Analyzers;

/**
 * An indexed entity that exists only on the test class path (its table comes from a test
 * migration), so that the search infrastructure — analyzers, outbox, mass indexing — is
 * tested on both set-ups without depending on any module's entities.
 */
@Entity
@Table(name = "test_search_probe")
@Indexed
public class SearchProbe {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	private String marker;

	@FullTextField(analyzer = Analyzers.FRENCH)
	private String title;

	protected SearchProbe() {
	}

	/**
	 * @param marker a value unique to the test that saves the probe, to find only its own
	 * @param title French text, analysed with the French analyzer
	 */
	public SearchProbe(String marker, String title) {
		this.marker = marker;
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public String getMarker() {
		return this.marker;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
