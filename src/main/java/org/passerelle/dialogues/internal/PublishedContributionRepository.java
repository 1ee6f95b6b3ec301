package org.passerelle.dialogues.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Published contributions, for the API and the feeds. */
interface PublishedContributionRepository extends Repository<Contribution, Long> {

	/**
	 * Published contributions that are not replies, oldest first, of one round or all.
	 */
	@Query(value = """
			select c from Contribution c
			where c.dialogueId = :dialogue
			  and c.status = org.passerelle.dialogues.ContributionStatus.PUBLISHED
			  and c.parentId is null
			  and (:round is null or c.roundNumber = :round)
			order by c.submittedAt, c.id
			""", countQuery = """
			select count(c) from Contribution c
			where c.dialogueId = :dialogue
			  and c.status = org.passerelle.dialogues.ContributionStatus.PUBLISHED
			  and c.parentId is null
			  and (:round is null or c.roundNumber = :round)
			""")
	Page<Contribution> answers(@Param("dialogue") long dialogueId, @Param("round") Integer round, Pageable pageable);

	/** The published replies to these contributions, oldest first. */
	@Query("""
			select c from Contribution c
			where c.parentId in :parents
			  and c.status = org.passerelle.dialogues.ContributionStatus.PUBLISHED
			order by c.submittedAt, c.id
			""")
	List<Contribution> replies(@Param("parents") Collection<Long> parentIds);

	/** The dialogue's published contributions and replies, last published first. */
	@Query("""
			select c from Contribution c
			where c.dialogueId = :dialogue
			  and c.status = org.passerelle.dialogues.ContributionStatus.PUBLISHED
			order by c.updatedAt desc, c.id desc
			""")
	List<Contribution> latest(@Param("dialogue") long dialogueId, Pageable pageable);

}
