package org.passerelle.practices.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.practices.PracticeStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes practices as JSON Lines (docs/INTERCHANGE.md), the format
 * {@link PracticeImporter} reads: exporting then importing into an empty platform gives
 * the same content back. Practices are read by pages of {@value #PAGE} in id order, the
 * persistence context cleared after each, so that the whole knowledge base can be
 * written.
 */
@Service
@Transactional(readOnly = true)
public class PracticeExporter {

	static final int PAGE = 200;

	private final OrganisationDirectory organisations;

	private final PracticeAddresses addresses;

	@PersistenceContext
	private EntityManager entityManager;

	PracticeExporter(OrganisationDirectory organisations, PracticeAddresses addresses) {
		this.organisations = organisations;
		this.addresses = addresses;
	}

	/**
	 * Writes every practice with the status, one a line, oldest first. The stream is
	 * flushed, not closed.
	 * @return how many practices were written
	 */
	public int export(PracticeStatus status, OutputStream stream) {
		Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		int count = 0;
		long after = 0;
		try {
			while (true) {
				List<Practice> page = this.entityManager
					.createQuery("select p from Practice p where p.status = :status and p.id > :after order by p.id",
							Practice.class)
					.setParameter("status", status)
					.setParameter("after", after)
					.setMaxResults(PAGE)
					.getResultList();
				if (page.isEmpty()) {
					break;
				}
				Map<Long, OrganisationSummary> named = organisationsOf(page);
				for (Practice practice : page) {
					out.write(PracticeJson
						.toLine(PracticeJson.write(practice, this.addresses.externalId(practice), named)));
					out.write('\n');
					count++;
				}
				after = page.get(page.size() - 1).getId();
				this.entityManager.clear();
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return count;
	}

	/** The organisations of these practices, by id. */
	Map<Long, OrganisationSummary> organisationsOf(List<Practice> practices) {
		Set<Long> ids = practices.stream()
			.flatMap(p -> p.organisationIds().stream())
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		return this.organisations.findAll(ids)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

}
