package org.passerelle.practices.internal;

import java.util.List;
import java.util.Optional;

import org.passerelle.practices.internal.PracticeMark.Kind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeMarkRepository extends JpaRepository<PracticeMark, Long> {

	Optional<PracticeMark> findByPracticeIdAndKindAndOwnerId(long practiceId, Kind kind, long ownerId);

	long countByPracticeIdAndKind(long practiceId, Kind kind);

	List<PracticeMark> findByPracticeIdAndKindOrderByCreatedAt(long practiceId, Kind kind);

	List<PracticeMark> findByKindAndOwnerIdOrderByCreatedAtDesc(Kind kind, long ownerId);

	List<PracticeMark> findByUserId(long userId);

}
