package org.passerelle.dialogues.internal;

import java.util.Collection;
import java.util.List;

import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

	List<Contribution> findByDialogueIdAndStatusOrderBySubmittedAtAscIdAsc(long dialogueId, ContributionStatus status);

	List<Contribution> findByDialogueIdAndAuthorIdOrderBySubmittedAtDescIdDesc(long dialogueId, long authorId);

	long countByDialogueIdAndStatus(long dialogueId, ContributionStatus status);

	/**
	 * Contributions waiting in the queue of these dialogues, the longest waiting first.
	 */
	@Query("""
			select c from Contribution c
			where c.status = org.passerelle.dialogues.ContributionStatus.PENDING
			  and c.dialogueId in :dialogues
			  and (:round is null or c.roundNumber = :round)
			  and (:language is null or c.language = :language)
			  and (:channel is null or c.channel = :channel)
			order by c.submittedAt, c.id
			""")
	Page<Contribution> pending(@Param("dialogues") Collection<Long> dialogueIds, @Param("round") Integer round,
			@Param("language") String language, @Param("channel") ContributionChannel channel, Pageable pageable);

	/** Everyone who contributed to the dialogue, except with spam (notifications). */
	@Query("""
			select distinct c.authorId from Contribution c
			where c.dialogueId = :dialogue and c.status <> org.passerelle.dialogues.ContributionStatus.SPAM
			""")
	List<Long> contributorsOf(@Param("dialogue") long dialogueId);

}
