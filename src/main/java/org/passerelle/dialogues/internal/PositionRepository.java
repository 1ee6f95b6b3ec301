package org.passerelle.dialogues.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PositionRepository extends JpaRepository<Position, Long> {

	Optional<Position> findByDialogueIdAndSlug(long dialogueId, String slug);

	boolean existsByDialogueIdAndSlug(long dialogueId, String slug);

	List<Position> findByDialogueIdOrderByCreatedAtDescIdDesc(long dialogueId);

	/** The positions that organisation endorsed, most recently endorsed first. */
	@Query("""
			select p from Position p, Endorsement e
			where e.positionId = p.id and e.organisationId = :organisation
			order by e.endorsedAt desc, p.id desc
			""")
	List<Position> endorsedBy(@Param("organisation") long organisationId);

}
