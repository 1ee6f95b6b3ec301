package org.passerelle.practices.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.practices.PracticeNotFoundException;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeChangedException;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticePermissions;
import org.passerelle.practices.internal.PracticeProblem;
import org.passerelle.practices.internal.PracticeRejectedException;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.practices.internal.PracticeValidator;
import org.passerelle.practices.internal.PracticeWorkspace;
import org.passerelle.kernel.web.Flash;
import org.passerelle.kernel.web.PickerSuggestion;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing and reading one practice: its page (in the reader's language when a translation
 * exists), the form to add and change it, the workflow buttons (submit, archive, restore)
 * and the list of the user's own practices. The services decide who may do what; a
 * practice the reader may not see is a 404, one they may see but not change a 403.
 */
@Controller
@RequestMapping("/practices")
class PracticeController {

	static final String FORM = "practiceForm";

	/** The order of the groups of "My practices": what needs the author first. */
	private static final List<PracticeStatus> MINE_ORDER = List.of(PracticeStatus.DRAFT, PracticeStatus.RETURNED,
			PracticeStatus.SUBMITTED, PracticeStatus.PUBLISHED, PracticeStatus.ARCHIVED);

	private final PracticeRepository practices;

	private final PracticeEditor editor;

	private final PracticeValidator validator;

	private final PracticePermissions permissions;

	private final PracticeWorkspace workspace;

	private final PracticeViews views;

	private final PracticeJsonLd jsonLd;

	private final PracticeFormSupport support;

	private final SmartValidator beanValidator;

	PracticeController(PracticeRepository practices, PracticeEditor editor, PracticeValidator validator,
			PracticePermissions permissions, PracticeWorkspace workspace, PracticeViews views, PracticeJsonLd jsonLd,
			PracticeFormSupport support, SmartValidator beanValidator) {
		this.practices = practices;
		this.editor = editor;
		this.validator = validator;
		this.permissions = permissions;
		this.workspace = workspace;
		this.views = views;
		this.jsonLd = jsonLd;
		this.support = support;
		this.beanValidator = beanValidator;
	}

	@InitBinder(FORM)
	void bindForm(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(name = "lang", required = false) String lang, Model model,
			Locale locale) {
		Practice practice = readable(id);
		model.addAttribute("practice", this.views.view(practice, lang, locale));
		model.addAttribute("jsonLd", this.jsonLd.of(practice));
		return "practices/show";
	}

	@GetMapping("/new")
	String createForm(Model model, Locale locale, @RequestParam(required = false) String title,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String language,
			@RequestParam(name = "country", required = false) List<String> countries,
			@RequestParam(name = "territory", required = false) List<String> territories,
			@RequestParam(name = "theme", required = false) List<String> themes,
			@RequestParam(required = false) Long lead) {
		CurrentUser user = user();
		PracticeForm form = PracticeForm.empty(locale, user.editorOf());
		// links from other pages (a dialogue's synthesis) prefill a draft
		form.prefill(new PracticeForm.Prefill(title, summary, language, countries, territories, themes, lead));
		model.addAttribute(FORM, form);
		return showForm(model, form, null, user, Map.of(), locale);
	}

	@PostMapping
	String create(@ModelAttribute(FORM) PracticeForm form, BindingResult result,
			@RequestParam(name = PracticeFormSupport.STEP, required = false) String step, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = user();
		if (step != null) {
			return applyStep(step, form, null, user, model, locale);
		}
		if (validate(form, result, user)) {
			try {
				long id = this.editor.create(form.toContent());
				Flash.success("practices.flash.created").addTo(redirect);
				return "redirect:/practices/" + id;
			}
			catch (PracticeRejectedException ex) {
				reject(form, result, ex.problems());
			}
			catch (AccessDeniedException ex) {
				result.rejectValue("leadOrganisationId", "practices.validation.notEditor");
			}
		}
		return showForm(model, form, null, user, Map.of(), locale);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model, Locale locale) {
		Practice practice = editable(id);
		PracticeForm form = PracticeForm.of(practice.content(), practice.getVersion());
		model.addAttribute(FORM, form);
		return showForm(model, form, id, user(), Map.of(), locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute(FORM) PracticeForm form, BindingResult result,
			@RequestParam(name = PracticeFormSupport.STEP, required = false) String step, Model model, Locale locale,
			RedirectAttributes redirect) {
		editable(id);
		CurrentUser user = user();
		if (step != null) {
			return applyStep(step, form, id, user, model, locale);
		}
		if (validate(form, result, user)) {
			try {
				this.editor.update(id, form.toContent(), form.getVersion());
				Flash.success("practices.flash.saved").addTo(redirect);
				return "redirect:/practices/" + id;
			}
			catch (PracticeChangedException ex) {
				// the editor's text is kept; saving again knowingly replaces the other
				// change
				result.reject("practices.form.changed");
				form.setVersion(this.practices.findById(id).map(Practice::getVersion).orElse(null));
			}
			catch (PracticeRejectedException ex) {
				reject(form, result, ex.problems());
			}
			catch (AccessDeniedException ex) {
				result.rejectValue("leadOrganisationId", "practices.validation.notEditor");
			}
		}
		return showForm(model, form, id, user, Map.of(), locale);
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		return workflow(id, () -> this.editor.submit(id), "practices.flash.submitted", redirect);
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		return workflow(id, () -> this.editor.archive(id), "practices.flash.archived", redirect);
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		return workflow(id, () -> this.editor.restore(id), "practices.flash.restored", redirect);
	}

	@GetMapping("/mine")
	String mine(Model model, Locale locale) {
		CurrentUser user = user();
		Map<PracticeStatus, List<PracticeRow>> groups = new EnumMap<>(PracticeStatus.class);
		for (PracticeStatus status : MINE_ORDER) {
			groups.put(status, new ArrayList<>());
		}
		for (Practice practice : this.workspace.practicesOf(user)) {
			groups.get(practice.getStatus()).add(PracticeRow.of(practice, locale));
		}
		Map<PracticeStatus, List<PracticeRow>> ordered = new LinkedHashMap<>();
		MINE_ORDER.forEach(status -> ordered.put(status, groups.get(status)));
		model.addAttribute("groups", ordered);
		model.addAttribute("empty", groups.values().stream().allMatch(List::isEmpty));
		model.addAttribute("mayCreate", PracticePermissions.isModerator(user) || !user.editorOf().isEmpty());
		return "practices/mine";
	}

	private String workflow(long id, Runnable change, String message, RedirectAttributes redirect) {
		editable(id);
		try {
			change.run();
			Flash.success(message).addTo(redirect);
		}
		catch (IllegalStateException ex) {
			// a second click, or someone else moved it meanwhile
			Flash.warning("practices.flash.notNow").addTo(redirect);
		}
		return "redirect:/practices/" + id;
	}

	private String applyStep(String step, PracticeForm form, Long id, CurrentUser user, Model model, Locale locale) {
		Map<String, List<PickerSuggestion>> suggestions = new LinkedHashMap<>();
		this.support.apply(step, form, suggestions, locale);
		return showForm(model, form, id, user, suggestions, locale);
	}

	private String showForm(Model model, PracticeForm form, Long id, CurrentUser user,
			Map<String, List<PickerSuggestion>> suggestions, Locale locale) {
		this.support.model(model, form, id, user, suggestions, locale);
		if (id != null) {
			model.addAttribute("practiceTitle", this.practices.findById(id).map(Practice::getTitle).orElse(null));
		}
		return "practices/form";
	}

	/**
	 * Checks the form: Bean Validation, partner rows, whether the user edits for one of
	 * the organisations, and the rules of the {@link PracticeValidator}, so that every
	 * problem shows at once.
	 * @return whether the content may be sent to the editor
	 */
	private boolean validate(PracticeForm form, BindingResult result, CurrentUser user) {
		this.beanValidator.validate(form, result);
		for (int row : form.partnerRowsWithoutOrganisation()) {
			result.rejectValue("partners[" + row + "].organisationId", "practices.validation.partnerOrganisation");
		}
		PracticeContent content = PracticeEditor.sanitised(form.toContent());
		reject(form, result, this.validator.problems(content));
		if (!PracticePermissions.isModerator(user)
				&& form.organisationIds().stream().noneMatch(user.editorOf()::contains)
				&& !result.hasFieldErrors("leadOrganisationId")) {
			result.rejectValue("leadOrganisationId", "practices.validation.notEditor");
		}
		return !result.hasErrors();
	}

	/**
	 * Shows the validator's problems next to their fields, unless the field already has a
	 * message (Bean Validation says the same in the form's words).
	 */
	private static void reject(PracticeForm form, BindingResult result, List<PracticeProblem> problems) {
		BeanWrapperImpl fields = new BeanWrapperImpl(form);
		for (PracticeProblem problem : problems) {
			String field = form.formField(problem);
			Object[] arguments = problem.arguments().stream().map(PracticeController::plain).toArray();
			if (fields.isReadableProperty(field)) {
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, problem.messageKey(), arguments, null);
				}
			}
			else {
				result.reject(problem.messageKey(), arguments, null);
			}
		}
	}

	/** Numbers as plain text, so that a year reads 2014 and not 2 014. */
	private static Object plain(Object argument) {
		return argument instanceof Number ? argument.toString() : argument;
	}

	/** The practice, if the reader may see it. */
	private Practice readable(long id) {
		Practice practice = this.practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
		if (!this.permissions.canRead(practice)) {
			throw new PracticeNotFoundException(id);
		}
		return practice;
	}

	/** The practice, if the user may change it: a 404 if they may not even see it. */
	private Practice editable(long id) {
		Practice practice = readable(id);
		if (!this.permissions.canEdit(practice)) {
			throw new AccessDeniedException("Only editors of the practice's organisations may change it");
		}
		return practice;
	}

	private CurrentUser user() {
		return this.permissions.user()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to write practices"));
	}

	/**
	 * A practice in the list of the user's practices.
	 *
	 * @param id its id
	 * @param title its title in its original language
	 * @param language its original language
	 * @param returnReason why a moderator returned it, or {@code null}
	 * @param updatedOn when it last changed, formatted for the reader
	 */
	public record PracticeRow(long id, String title, String language, String returnReason, String updatedOn) {

		static PracticeRow of(Practice practice, Locale locale) {
			return new PracticeRow(practice.getId(), practice.getTitle(), practice.getLanguage(),
					practice.getReturnReason(),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
						.withLocale(locale)
						.format(practice.getUpdatedAt().atZone(ZoneId.systemDefault())));
		}

	}

}
