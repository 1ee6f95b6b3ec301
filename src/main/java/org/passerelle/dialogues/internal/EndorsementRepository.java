package org.passerelle.dialogues.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EndorsementRepository extends JpaRepository<Endorsement, Long> {

	List<Endorsement> findByPositionIdOrderByEndorsedAtAscIdAsc(long positionId);

	Optional<Endorsement> findByPositionIdAndOrganisationId(long positionId, long organisationId);

	boolean existsByPositionId(long positionId);

	List<Endorsement> findByOrganisationId(long organisationId);

	/** The number of endorsements of each position, as (position id, count) pairs. */
	@Query("select e.positionId, count(e) from Endorsement e where e.positionId in :positions group by e.positionId")
	List<Object[]> countByPosition(@Param("positions") Collection<Long> positionIds);

}
