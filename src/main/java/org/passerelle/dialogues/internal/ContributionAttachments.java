package org.passerelle.dialogues.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionRejectedException;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to contributions: at most {@value #MAX_FILES} per contribution, each of
 * at most {@value #MAX_MEGABYTES} MB, of the types {@link AttachmentTypes} recognises by
 * their first bytes. A contribution with a refused file is not recorded at all; a file is
 * downloaded by whoever may see its contribution (everyone who sees the dialogue once it
 * is published; before, its author and the dialogue's moderators).
 */
@Service
@Transactional(readOnly = true)
public class ContributionAttachments {

	public static final int MAX_FILES = 3;

	public static final int MAX_MEGABYTES = 5;

	public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	private static final int NAME_MAX = 200;

	private final AttachmentRepository attachments;

	private final Contributions contributions;

	private final ContributionRepository contributionRepository;

	private final DialogueRepository dialogues;

	private final DialoguePermissions permissions;

	private final DialogueClock clock;

	ContributionAttachments(AttachmentRepository attachments, Contributions contributions,
			ContributionRepository contributionRepository, DialogueRepository dialogues,
			DialoguePermissions permissions, DialogueClock clock) {
		this.attachments = attachments;
		this.contributions = contributions;
		this.contributionRepository = contributionRepository;
		this.dialogues = dialogues;
		this.permissions = permissions;
		this.clock = clock;
	}

	/**
	 * Submits answers with their files (see {@link Contributions#submit}): every problem,
	 * with the answers or with the files, is reported at once and nothing is recorded.
	 * @return the new contribution's id
	 * @throws ContributionRejectedException listing every problem
	 */
	@Transactional
	public long submit(String dialogueSlug, long userId, Long organisationId, Map<Integer, String> answers,
			String language, ContributionChannel channel, List<Upload> files) {
		List<Checked> checked = new ArrayList<>();
		List<DialogueProblem> fileProblems = check(files, checked);
		long id;
		try {
			id = this.contributions.submit(dialogueSlug, userId, organisationId, answers, language, channel);
		}
		catch (ContributionRejectedException ex) {
			List<DialogueProblem> all = new ArrayList<>(ex.problems());
			all.addAll(fileProblems);
			throw new ContributionRejectedException(all);
		}
		if (!fileProblems.isEmpty()) {
			// the contribution just written is rolled back with this exception
			throw new ContributionRejectedException(fileProblems);
		}
		checked.forEach(file -> this.attachments
			.save(new Attachment(id, file.filename(), file.contentType(), file.content(), this.clock.now())));
		return id;
	}

	/**
	 * Checks the files (empty file inputs are ignored), reporting problems on
	 * {@code files} or {@code files[i]}.
	 */
	static List<DialogueProblem> check(List<Upload> files, List<Checked> accepted) {
		List<DialogueProblem> problems = new ArrayList<>();
		List<Upload> given = files == null ? List.of()
				: files.stream().filter(f -> f != null && (f.size() > 0 || f.content() != null)).toList();
		if (given.size() > MAX_FILES) {
			problems.add(DialogueProblem.of("files", "dialogues.problem.tooManyFiles", MAX_FILES));
			return problems;
		}
		for (int i = 0; i < given.size(); i++) {
			Upload file = given.get(i);
			String name = cleanName(file.filename());
			String field = "files[" + i + "]";
			if (file.size() > MAX_BYTES || file.content() == null || file.content().length > MAX_BYTES) {
				problems.add(DialogueProblem.of(field, "dialogues.problem.fileTooLarge", name, MAX_MEGABYTES));
				continue;
			}
			if (file.content().length == 0) {
				problems.add(DialogueProblem.of(field, "dialogues.problem.fileEmpty", name));
				continue;
			}
			Optional<String> type = AttachmentTypes.detect(file.content());
			if (type.isEmpty()) {
				problems.add(DialogueProblem.of(field, "dialogues.problem.fileType", name));
				continue;
			}
			accepted.add(new Checked(withExtension(name, type.get()), type.get(), file.content()));
		}
		return problems;
	}

	/** The attachments of these contributions, by contribution, without their content. */
	public Map<Long, List<AttachmentInfo>> of(Collection<Long> contributionIds) {
		Map<Long, List<AttachmentInfo>> found = new LinkedHashMap<>();
		if (contributionIds.isEmpty()) {
			return found;
		}
		this.attachments.infos(contributionIds)
			.forEach(a -> found.computeIfAbsent(a.contributionId(), k -> new ArrayList<>()).add(a));
		return found;
	}

	/** The attachments of the dialogue's published contributions, by contribution id. */
	public Map<Long, List<AttachmentInfo>> published(Dialogue dialogue) {
		Map<Long, List<AttachmentInfo>> found = new LinkedHashMap<>();
		this.attachments.published(dialogue.getId())
			.forEach(a -> found.computeIfAbsent(a.contributionId(), k -> new ArrayList<>()).add(a));
		return found;
	}

	/**
	 * An attachment of the dialogue, with its content, if the current user may see its
	 * contribution.
	 * @throws NotFoundException otherwise (whether it exists or not)
	 */
	public Attachment download(String slug, long attachmentId) {
		Dialogue dialogue = this.dialogues.findBySlug(slug).orElseThrow(() -> new DialogueNotFoundException(slug));
		Attachment attachment = this.attachments.findById(attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		boolean visible = this.contributionRepository.findById(attachment.getContributionId())
			.filter(c -> c.getDialogueId() == dialogue.getId())
			.filter(c -> DialoguePermissions.canSee(this.permissions.user(), dialogue, c))
			.isPresent();
		if (!visible) {
			throw new NotFoundException("attachment", attachmentId);
		}
		attachment.getContent();
		return attachment;
	}

	/** The name without folders or control characters, shortened; never blank. */
	static String cleanName(String filename) {
		String name = filename == null ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > NAME_MAX) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, NAME_MAX - extension.length()) + extension;
		}
		return name.isEmpty() || name.startsWith(".") ? "attachment" + name : name;
	}

	private static String withExtension(String name, String contentType) {
		String extension = AttachmentTypes.extension(contentType);
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		boolean matches = lower.endsWith(extension)
				|| (contentType.equals(AttachmentTypes.JPEG) && lower.endsWith(".jpeg"));
		return matches ? name : name + extension;
	}

	/**
	 * A file as received.
	 *
	 * @param filename the name the sender gave it
	 * @param size its size as announced
	 * @param content its bytes, or {@code null} when too large to be read
	 */
	public record Upload(String filename, long size, byte[] content) {
	}

	/** A file that passed the checks. */
	record Checked(String filename, String contentType, byte[] content) {
	}

}
