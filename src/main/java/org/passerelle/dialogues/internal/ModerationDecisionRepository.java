package org.passerelle.dialogues.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ModerationDecisionRepository extends JpaRepository<ModerationDecision, Long> {

	Optional<ModerationDecision> findFirstByContributionIdOrderByIdDesc(long contributionId);

	long countByContributionId(long contributionId);

	/** The latest decisions on the contributions of a dialogue. */
	@Query("""
			select m from ModerationDecision m, Contribution c
			where c.id = m.contributionId and c.dialogueId = :dialogue
			order by m.decidedAt desc, m.id desc
			""")
	List<ModerationDecision> latest(@Param("dialogue") long dialogueId, Pageable pageable);

}
