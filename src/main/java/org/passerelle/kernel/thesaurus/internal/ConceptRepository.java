package org.passerelle.kernel.thesaurus.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConceptRepository extends JpaRepository<Concept, String> {

}
