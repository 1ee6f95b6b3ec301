package org.passerelle.actors.internal;

import java.util.List;

import org.passerelle.actors.OrganisationSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Organisations by id; searching goes through {@link OrganisationSearch}. */
public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	/** Every organisation of a country, oldest first, to match names. */
	@Query("""
			select new org.passerelle.actors.OrganisationSummary(o.id, o.name, o.acronym, o.type, o.level, o.country,
			o.territoryId) from Organisation o where o.country = :country order by o.id""")
	List<OrganisationSummary> summariesOfCountry(String country);

	/** Every organisation without a country, oldest first, to match names. */
	@Query("""
			select new org.passerelle.actors.OrganisationSummary(o.id, o.name, o.acronym, o.type, o.level, o.country,
			o.territoryId) from Organisation o where o.country is null order by o.id""")
	List<OrganisationSummary> summariesWithoutCountry();

}
