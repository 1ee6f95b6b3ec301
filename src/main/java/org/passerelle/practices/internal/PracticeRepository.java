package org.passerelle.practices.internal;

import java.util.List;
import java.util.Optional;

import org.passerelle.practices.PracticeStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

	Optional<Practice> findByExternalId(String externalId);

	List<Practice> findByExternalIdIn(List<String> externalIds);

	Page<Practice> findByStatusOrderBySubmittedAtAsc(PracticeStatus status, Pageable pageable);

	long countByStatus(PracticeStatus status);

}
