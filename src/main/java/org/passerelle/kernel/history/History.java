package org.passerelle.kernel.history;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change history of an audited ({@code @Audited}) entity. Modules call it from
 * their own services and decide who may see what.
 */
@Service
@Transactional(readOnly = true)
public class History {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Every version of one record, oldest first; empty if it was never audited.
	 * @param type the audited entity class
	 * @param id the record's id
	 */
	public <T> List<Version<T>> versions(Class<T> type, Object id) {
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		return rows.stream().map(row -> {
			Object[] columns = (Object[]) row;
			Revision revision = (Revision) columns[1];
			return new Version<>(revision, (RevisionType) columns[2], type.cast(columns[0]));
		}).toList();
	}

	/**
	 * One version of a record.
	 *
	 * @param revision when and by whom
	 * @param type whether the record was added, changed or deleted in that revision
	 * @param state the record as it was after the revision (only its audited fields are
	 * filled; empty for a deletion)
	 * @param <T> the entity class
	 */
	public record Version<T>(Revision revision, RevisionType type, T state) {
	}

}
