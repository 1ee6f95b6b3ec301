package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingNoticeRepository extends JpaRepository<PendingNotice, Long> {

	List<PendingNotice> findByUserIdOrderByQueuedAtAscIdAsc(long userId);

	List<PendingNotice> findByUserIdAndQueuedAtBeforeOrderByQueuedAtAscIdAsc(long userId, Instant before);

	/** The users with notices queued before that instant. */
	@Query("select distinct n.userId from PendingNotice n where n.queuedAt < :before")
	List<Long> usersWithNoticesBefore(Instant before);

	@Modifying
	@Query("delete from PendingNotice n where n.userId = :userId")
	int deleteByUserId(long userId);

}
