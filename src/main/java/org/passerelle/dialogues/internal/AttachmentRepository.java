package org.passerelle.dialogues.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	/** The attachments of these contributions, without their content, in upload order. */
	@Query("""
			select new org.passerelle.dialogues.internal.AttachmentInfo(a.id, a.contributionId, a.filename,
			  a.contentType, a.size)
			from Attachment a where a.contributionId in :contributions order by a.id
			""")
	List<AttachmentInfo> infos(@Param("contributions") Collection<Long> contributionIds);

	/**
	 * The attachments of the dialogue's published contributions, without their content.
	 */
	@Query("""
			select new org.passerelle.dialogues.internal.AttachmentInfo(a.id, a.contributionId, a.filename,
			  a.contentType, a.size)
			from Attachment a, Contribution c
			where c.id = a.contributionId and c.dialogueId = :dialogue
			  and c.status = org.passerelle.dialogues.ContributionStatus.PUBLISHED
			order by a.id
			""")
	List<AttachmentInfo> published(@Param("dialogue") long dialogueId);

}
