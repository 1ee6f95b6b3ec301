package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoundRepository extends JpaRepository<Round, Long> {

	/** Rounds that have opened and were not announced yet, oldest first. */
	@Query("select r from Round r join fetch r.dialogue where r.announcedAt is null and r.opensAt <= :now order by r.opensAt, r.id")
	List<Round> toAnnounce(@Param("now") Instant now);

}
