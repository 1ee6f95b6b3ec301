package org.passerelle.dialogues.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.PositionStatus;
import org.passerelle.dialogues.internal.Position;
import org.passerelle.dialogues.internal.PositionDossier;
import org.passerelle.dialogues.internal.PositionEndorsements;
import org.passerelle.dialogues.internal.PositionReader;
import org.passerelle.kernel.InvalidRequestException;
import org.passerelle.kernel.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Common positions as JSON, and endorsing one for one's organisation. */
@RestController
@Tag(name = "Common positions",
		description = "Positions drafted at the end of a dialogue, endorsed by organisations and transmitted to "
				+ "institutions")
class PositionApiController {

	private final PositionReader reader;

	private final PositionEndorsements endorsements;

	private final DialogueLabels labels;

	PositionApiController(PositionReader reader, PositionEndorsements endorsements, DialogueLabels labels) {
		this.reader = reader;
		this.endorsements = endorsements;
		this.labels = labels;
	}

	@GetMapping("/api/v1/dialogues/{slug}/positions")
	@Operation(operationId = "listPositions", summary = "The common positions of a dialogue",
			description = "Newest first; drafts only for the dialogue's organisers.")
	List<PositionSummaryJson> list(@PathVariable String slug) {
		List<Position> positions = this.reader.of(slug);
		Map<Long, Long> counts = this.reader.endorsementCounts(positions);
		return positions.stream()
			.map(p -> new PositionSummaryJson(p.getId(), p.getSlug(), slug, p.getTitle(), p.getStatus(),
					counts.getOrDefault(p.getId(), 0L), p.getStatusChangedAt(), p.getUpdatedAt()))
			.toList();
	}

	@GetMapping("/api/v1/positions/{id}")
	@Operation(operationId = "getPosition", summary = "One common position",
			description = "Its text (sanitised HTML), drafters, endorsements, transmissions, status and follow-up.")
	@ApiResponse(responseCode = "404", description = "No such position, or not one the caller may see")
	PositionJson get(@PathVariable long id) {
		return json(this.reader.get(id));
	}

	@PostMapping("/api/v1/positions/{id}/endorsements")
	@Operation(operationId = "endorsePosition", summary = "Endorse a position for an organisation",
			description = "Editors of the organisation only, while the position is open for endorsement.")
	@ApiResponse(responseCode = "201", description = "Endorsed; the body is the position")
	@ApiResponse(responseCode = "403", description = "The caller does not edit for that organisation")
	@ApiResponse(responseCode = "409", description = "The organisation already endorsed it")
	ResponseEntity<PositionJson> endorse(@PathVariable long id, @RequestBody EndorsementRequest request) {
		if (request == null || request.organisationId() == null) {
			throw new InvalidRequestException("organisationId is required");
		}
		this.endorsements.endorse(id, request.organisationId());
		return ResponseEntity.created(URI.create("/api/v1/positions/" + id)).body(json(this.reader.get(id)));
	}

	@DeleteMapping("/api/v1/positions/{id}/endorsements/{organisationId}")
	@Operation(operationId = "withdrawEndorsement", summary = "Withdraw an organisation's endorsement",
			description = "Editors of the organisation only, while the position is open for endorsement.")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	@ApiResponse(responseCode = "404", description = "The organisation had not endorsed it")
	ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable long organisationId) {
		if (!this.endorsements.withdraw(id, organisationId)) {
			throw new NotFoundException("endorsement by organisation", organisationId);
		}
		return ResponseEntity.noContent().build();
	}

	private PositionJson json(PositionDossier dossier) {
		Position p = dossier.position();
		Set<Long> ids = new LinkedHashSet<>(p.getDrafterIds());
		dossier.endorsements().forEach(e -> ids.add(e.getOrganisationId()));
		Map<Long, OrganisationSummary> names = this.labels.organisations(ids);
		return new PositionJson(p.getId(), p.getSlug(), dossier.dialogue().getSlug(), dossier.dialogue().getTitle(),
				p.getTitle(), p.getText(), p.getStatus(), p.getFollowUp(), p.getStatusChangedAt(),
				p.getDrafterIds().stream().sorted().map(id -> organisation(id, names)).toList(),
				dossier.endorsements()
					.stream()
					.map(e -> new EndorsementJson(organisation(e.getOrganisationId(), names), e.getEndorsedAt()))
					.toList(),
				dossier.transmissions()
					.stream()
					.map(t -> new TransmissionJson(t.getInstitution(), t.getTransmittedOn(), t.getDocumentTitle(),
							t.getDocumentUrl()))
					.toList(),
				p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
	}

	private static OrganisationJson organisation(long id, Map<Long, OrganisationSummary> names) {
		OrganisationSummary summary = names.get(id);
		return new OrganisationJson(id, summary == null ? null : summary.displayName());
	}

	/**
	 * A position in a dialogue's list.
	 *
	 * @param id its id, for {@code /api/v1/positions/{id}}
	 * @param slug its address within the dialogue
	 * @param dialogue the dialogue's address
	 * @param title its title
	 * @param status its status
	 * @param endorsements how many organisations endorsed it
	 * @param statusChangedAt when the status last changed
	 * @param updatedAt when it last changed
	 */
	public record PositionSummaryJson(long id, String slug, String dialogue, String title, PositionStatus status,
			long endorsements, Instant statusChangedAt, Instant updatedAt) {
	}

	/**
	 * A common position.
	 *
	 * @param id its id
	 * @param slug its address within the dialogue
	 * @param dialogue the dialogue's address
	 * @param dialogueTitle the dialogue's title
	 * @param title its title
	 * @param text its text, sanitised HTML
	 * @param status its status
	 * @param followUp the organisers' note on the follow-up, or {@code null}
	 * @param statusChangedAt when the status last changed
	 * @param drafters the organisations that drafted it
	 * @param endorsements the organisations that endorsed it, oldest first
	 * @param transmissions where it was sent, in order
	 * @param createdAt when it was drafted
	 * @param updatedAt when it last changed
	 * @param version its version, increasing with each change
	 */
	public record PositionJson(long id, String slug, String dialogue, String dialogueTitle, String title, String text,
			PositionStatus status, String followUp, Instant statusChangedAt, List<OrganisationJson> drafters,
			List<EndorsementJson> endorsements, List<TransmissionJson> transmissions, Instant createdAt,
			Instant updatedAt, long version) {
	}

	/**
	 * An organisation, by id and name.
	 *
	 * @param id its id in {@code /api/v1/organisations}
	 * @param name its name (and acronym), or {@code null} if it no longer exists
	 */
	public record OrganisationJson(long id, String name) {
	}

	/**
	 * An endorsement.
	 *
	 * @param organisation the endorsing organisation
	 * @param endorsedAt when
	 */
	public record EndorsementJson(OrganisationJson organisation, Instant endorsedAt) {
	}

	/**
	 * A transmission.
	 *
	 * @param institution to whom
	 * @param transmittedOn the day
	 * @param documentTitle the document sent
	 * @param documentUrl where to read it, or {@code null}
	 */
	public record TransmissionJson(String institution, LocalDate transmittedOn, String documentTitle,
			String documentUrl) {
	}

	/**
	 * The body of an endorsement.
	 *
	 * @param organisationId the organisation endorsing
	 */
	public record EndorsementRequest(Long organisationId) {
	}

}
