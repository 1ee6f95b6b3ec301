package org.passerelle.actors.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Organisations by id; searching goes through {@link OrganisationSearch}. */
public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

}
