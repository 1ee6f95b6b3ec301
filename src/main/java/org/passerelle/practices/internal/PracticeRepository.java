package org.passerelle.practices.internal;

import java.util.List;
import java.util.Optional;

import org.passerelle.practices.PracticeMention;
import org.passerelle.practices.PracticeStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

	Optional<Practice> findByExternalId(String externalId);

	List<Practice> findByExternalIdIn(List<String> externalIds);

	Page<Practice> findByStatusOrderBySubmittedAtAsc(PracticeStatus status, Pageable pageable);

	long countByStatus(PracticeStatus status);

	/** Ids and titles of the practices in that status, for finding titles in texts. */
	@Query("select new org.passerelle.practices.PracticeMention(p.id, p.title) from Practice p where p.status = :status")
	List<PracticeMention> titlesByStatus(@Param("status") PracticeStatus status);

}
