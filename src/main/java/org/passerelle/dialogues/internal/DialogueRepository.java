package org.passerelle.dialogues.internal;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DialogueRepository extends JpaRepository<Dialogue, Long> {

	Optional<Dialogue> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * The dialogues a reader may see, newest first: public ones for everyone, member-only
	 * ones for signed-in users, and those organised by or inviting one of the reader's
	 * organisations ({@code organisations} must not be empty: pass an impossible id).
	 */
	@Query("""
			select d from Dialogue d
			where :everything = true
			   or d.visibility = org.passerelle.dialogues.DialogueVisibility.PUBLIC
			   or (:signedIn = true and d.visibility = org.passerelle.dialogues.DialogueVisibility.MEMBERS)
			   or exists (select 1 from Dialogue o join o.organiserIds oid where o = d and oid in :organisations)
			   or exists (select 1 from Dialogue i join i.invitedIds iid where i = d and iid in :organisations)
			order by d.createdAt desc, d.id desc
			""")
	Page<Dialogue> visible(@Param("everything") boolean everything, @Param("signedIn") boolean signedIn,
			@Param("organisations") Collection<Long> organisations, Pageable pageable);

	/** Dialogues organised by one of these organisations. */
	@Query("select distinct d from Dialogue d join d.organiserIds oid where oid in :organisations")
	java.util.List<Dialogue> organisedBy(@Param("organisations") Collection<Long> organisations);

}
