package org.passerelle.dialogues.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.dialogues.internal.DialogueRejectedException;
import org.passerelle.dialogues.internal.SynthesisBuilder;
import org.passerelle.dialogues.internal.SynthesisDocuments;
import org.passerelle.dialogues.internal.SynthesisEditor;
import org.passerelle.dialogues.internal.SynthesisEditor.Readable;
import org.passerelle.dialogues.internal.SynthesisModel;
import org.passerelle.dialogues.internal.SynthesisModel.Count;
import org.passerelle.dialogues.internal.SynthesisModel.Figures;
import org.passerelle.kernel.ConflictException;
import org.passerelle.kernel.documents.DocumentFormat;
import org.passerelle.kernel.web.Flash;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dialogue's consolidated synthesis: the page with its charts, the moderators' form for
 * the introduction and the summaries, publishing, and the PDF and DOCX downloads.
 */
@Controller
class SynthesisController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Answers shown per question on the page: a dialogue may have thousands, which the
	 * downloads hold in full.
	 */
	static final int SHOWN = 25;

	private final SynthesisEditor editor;

	private final SynthesisBuilder builder;

	private final SynthesisDocuments documents;

	SynthesisController(SynthesisEditor editor, SynthesisBuilder builder, SynthesisDocuments documents) {
		this.editor = editor;
		this.builder = builder;
		this.documents = documents;
	}

	@GetMapping("/dialogues/{slug}/synthesis")
	String show(@PathVariable String slug, Model model, Locale locale) {
		Readable readable = this.editor.readable(slug);
		SynthesisModel synthesis = this.builder.build(readable.dialogue(), readable.synthesis(), locale);
		model.addAttribute("dialogue", readable.dialogue());
		model.addAttribute("synthesis", synthesis);
		model.addAttribute("canEdit", readable.canEdit());
		model.addAttribute("shown", SHOWN);
		model.addAttribute("overall", charts(synthesis.figures()));
		Map<Integer, List<Chart>> byRound = new LinkedHashMap<>();
		synthesis.rounds().forEach(r -> byRound.put(r.number(), charts(r.figures())));
		model.addAttribute("roundCharts", byRound);
		return "dialogues/synthesis";
	}

	@GetMapping("/dialogues/{slug}/synthesis/edit")
	String editForm(@PathVariable String slug, Model model, Locale locale) {
		Readable readable = this.editor.editable(slug);
		SynthesisModel synthesis = this.builder.build(readable.dialogue(), readable.synthesis(), locale);
		return form(SynthesisForm.of(synthesis), readable, model);
	}

	@PostMapping("/dialogues/{slug}/synthesis/edit")
	String save(@PathVariable String slug, @ModelAttribute("form") SynthesisForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Readable readable = this.editor.editable(slug);
		var summaries = form.summariesByQuestion(binding);
		if (!binding.hasErrors()) {
			try {
				this.editor.save(slug, form.getVersion(), form.getIntroduction(), summaries);
				Flash.success("dialogues.synthesis.saved").addTo(redirect);
				return "redirect:/dialogues/" + slug + "/synthesis";
			}
			catch (DialogueRejectedException ex) {
				// a question the form does not show is reported for the whole form
				ex.problems().forEach(p -> {
					if (p.messageKey().equals("dialogues.synthesis.unknownQuestion")) {
						binding.reject(p.messageKey(), p.argumentArray(), p.messageKey());
					}
					else {
						binding.rejectValue(p.field(), p.messageKey(), p.argumentArray(), p.messageKey());
					}
				});
			}
			catch (ConflictException ex) {
				binding.reject("dialogues.synthesis.changed");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(form, readable, model);
	}

	@PostMapping("/dialogues/{slug}/synthesis/publish")
	String publish(@PathVariable String slug, RedirectAttributes redirect) {
		this.editor.publish(slug);
		Flash.success("dialogues.synthesis.published").addTo(redirect);
		return "redirect:/dialogues/" + slug + "/synthesis";
	}

	@GetMapping("/dialogues/{slug}/synthesis.pdf")
	void pdf(@PathVariable String slug, Locale locale, HttpServletResponse response) throws IOException {
		download(slug, DocumentFormat.PDF, locale, response);
	}

	@GetMapping("/dialogues/{slug}/synthesis.docx")
	void docx(@PathVariable String slug, Locale locale, HttpServletResponse response) throws IOException {
		download(slug, DocumentFormat.DOCX, locale, response);
	}

	private void download(String slug, DocumentFormat format, Locale locale, HttpServletResponse response)
			throws IOException {
		Readable readable = this.editor.readable(slug);
		SynthesisModel synthesis = this.builder.build(readable.dialogue(), readable.synthesis(), locale);
		response.setContentType(format.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(slug + "-synthesis." + format.extension()).build().toString());
		this.documents.render(synthesis, format, locale, response.getOutputStream());
	}

	private String form(SynthesisForm form, Readable readable, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("dialogue", readable.dialogue());
		return "dialogues/synthesis-form";
	}

	private static List<Chart> charts(Figures figures) {
		return List.of(chart("byCountry", figures.byCountry()), chart("byLevel", figures.byLevel()),
				chart("byType", figures.byOrganisationType()), chart("byLanguage", figures.byLanguage()),
				chart("byChannel", figures.byChannel()));
	}

	private static Chart chart(String key, List<Count> counts) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", counts.stream().map(Count::label).toList());
		data.put("values", counts.stream().map(Count::count).toList());
		return new Chart(key, counts, JSON.writeValueAsString(data));
	}

	/**
	 * A chart and the table that gives its figures to those who cannot see it.
	 *
	 * @param key what it counts ({@code byCountry}), the end of its message keys
	 * @param counts the figures
	 * @param json the labels and values for the chart script
	 */
	public record Chart(String key, List<Count> counts, String json) {
	}

}
