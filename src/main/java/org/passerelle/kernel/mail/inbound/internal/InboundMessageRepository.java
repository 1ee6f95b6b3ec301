package org.passerelle.kernel.mail.inbound.internal;

import org.passerelle.kernel.mail.inbound.InboundMailStatus;
import org.passerelle.kernel.mail.inbound.InboundMailSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

	boolean existsByMessageId(String messageId);

	/** The newest messages first, without loading their raw bytes. */
	@Query(value = """
			select new org.passerelle.kernel.mail.inbound.InboundMailSummary(m.id, m.receivedAt, m.fromAddress,
			m.toAddress, m.subject, m.status, m.reason, m.handlerTag, m.sizeBytes, m.senderUserId)
			from InboundMessage m where (:status is null or m.status = :status) order by m.recordedAt desc, m.id desc""",
			countQuery = "select count(m) from InboundMessage m where (:status is null or m.status = :status)")
	Page<InboundMailSummary> summaries(InboundMailStatus status, Pageable pageable);

}
