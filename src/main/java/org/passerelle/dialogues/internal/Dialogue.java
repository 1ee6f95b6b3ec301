package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.ModerationPolicy;
import org.passerelle.dialogues.RoundState;

/**
 * A dialogue: its description, organisers and invited organisations (actors ids), and its
 * timeline of rounds, which are replaced as a whole on each edit by
 * {@link DialogueEditor} (a round keeps its row when its number stays, so that its
 * announcement is not repeated).
 */
@Entity
@Table(name = "dialogues_dialogue")
public class Dialogue {

	public static final int TITLE_MAX = 300;

	public static final int DESCRIPTION_MAX = 20_000;

	public static final List<String> LANGUAGES = List.of("fr", "en", "es", "pt", "ar");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 100, unique = true, updatable = false)
	private String slug;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(length = 100_000)
	private String description;

	@Convert(converter = LanguageList.class)
	@Column(nullable = false, length = 100)
	private List<String> languages = List.of();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DialogueVisibility visibility = DialogueVisibility.PUBLIC;

	@Enumerated(EnumType.STRING)
	@Column(name = "moderation_policy", nullable = false, length = 20)
	private ModerationPolicy moderationPolicy = ModerationPolicy.PRE;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dialogues_dialogue_organiser", joinColumns = @JoinColumn(name = "dialogue_id"))
	@Column(name = "organisation_id", nullable = false)
	private Set<Long> organiserIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dialogues_dialogue_invited", joinColumns = @JoinColumn(name = "dialogue_id"))
	@Column(name = "organisation_id", nullable = false)
	private Set<Long> invitedIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "dialogue", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<Round> rounds = new ArrayList<>();

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Dialogue() {
	}

	Dialogue(String slug, Long createdBy, Instant now) {
		this.slug = slug;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Replaces everything but the rounds. */
	void describe(DialogueCommand command, Instant now) {
		this.title = command.title();
		this.description = command.description();
		this.languages = List.copyOf(command.languages());
		this.visibility = command.visibility();
		this.moderationPolicy = command.moderationPolicy();
		this.organiserIds.clear();
		this.organiserIds.addAll(command.organiserIds());
		this.invitedIds.clear();
		if (command.visibility() == DialogueVisibility.INVITED) {
			this.invitedIds.addAll(command.invitedIds());
		}
		this.updatedAt = now;
	}

	/**
	 * Replaces the timeline: rounds are numbered from 1 in the order given; a round whose
	 * number existed keeps its row.
	 */
	void schedule(List<DialogueCommand.RoundCommand> timeline) {
		for (int i = 0; i < timeline.size(); i++) {
			DialogueCommand.RoundCommand wanted = timeline.get(i);
			int number = i + 1;
			Optional<Round> existing = round(number);
			if (existing.isPresent()) {
				existing.get().change(wanted.title(), wanted.opensAt(), wanted.closesAt(), wanted.questions());
			}
			else {
				this.rounds.add(new Round(this, number, wanted.title(), wanted.opensAt(), wanted.closesAt(),
						wanted.questions()));
			}
		}
		this.rounds.removeIf(r -> r.getNumber() > timeline.size());
		this.rounds.sort(Comparator.comparingInt(Round::getNumber));
	}

	public Optional<Round> round(int number) {
		return this.rounds.stream().filter(r -> r.getNumber() == number).findFirst();
	}

	/** The round open at that instant, if any. */
	public Optional<Round> openRound(Instant now) {
		return this.rounds.stream().filter(r -> r.state(now) == RoundState.OPEN).findFirst();
	}

	/** The first round still to open at that instant, if any. */
	public Optional<Round> nextRound(Instant now) {
		return this.rounds.stream().filter(r -> r.state(now) == RoundState.UPCOMING).findFirst();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public DialogueVisibility getVisibility() {
		return this.visibility;
	}

	public ModerationPolicy getModerationPolicy() {
		return this.moderationPolicy;
	}

	public Set<Long> getOrganiserIds() {
		return Set.copyOf(this.organiserIds);
	}

	public Set<Long> getInvitedIds() {
		return Set.copyOf(this.invitedIds);
	}

	public List<Round> getRounds() {
		return List.copyOf(this.rounds);
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
