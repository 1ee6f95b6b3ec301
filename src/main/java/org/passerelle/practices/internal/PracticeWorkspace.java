package org.passerelle.practices.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.passerelle.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices a user works on: those of the organisations they edit for (as lead or
 * partner) and those they created, whatever their status. Read from the database rather
 * than the search index so that a draft saved a moment ago is there at once.
 */
@Service
@Transactional(readOnly = true)
public class PracticeWorkspace {

	/** Longest list returned; a user's own practices are far fewer. */
	public static final int LIMIT = 1000;

	private final EntityManager entities;

	PracticeWorkspace(EntityManager entities) {
		this.entities = entities;
	}

	/** The user's practices, most recently changed first. */
	@SuppressWarnings("unchecked")
	public List<Practice> practicesOf(CurrentUser user) {
		StringBuilder sql = new StringBuilder("select * from practices_practice where created_by = ?1");
		List<Object> parameters = new ArrayList<>();
		parameters.add(user.id());
		for (Long id : user.editorOf()) {
			// partners are stored one per line as "id<TAB>role" (PartnerList): an
			// organisation is a partner when a line starts with its id and a tab
			int n = parameters.size();
			sql.append(" or lead_organisation_id = ?").append(n + 1);
			sql.append(" or partners like ?").append(n + 2);
			sql.append(" or partners like ?").append(n + 3);
			parameters.add(id);
			parameters.add(id + "\t%");
			parameters.add("%\n" + id + "\t%");
		}
		sql.append(" order by updated_at desc, id desc");
		Query query = this.entities.createNativeQuery(sql.toString(), Practice.class).setMaxResults(LIMIT);
		for (int i = 0; i < parameters.size(); i++) {
			query.setParameter(i + 1, parameters.get(i));
		}
		return query.getResultList();
	}

}
