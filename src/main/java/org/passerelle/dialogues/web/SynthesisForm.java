package org.passerelle.dialogues.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.dialogues.internal.SynthesisEditor.QuestionKey;
import org.passerelle.dialogues.internal.SynthesisModel;
import org.springframework.validation.BindingResult;

/**
 * What the synthesis form sends: the introduction, one summary per question keyed
 * {@code round-question} ({@code summaries[2-1]}), and the version the edit started from
 * (none before the first save).
 */
public class SynthesisForm {

	private static final Pattern KEY = Pattern.compile("(\\d{1,4})-(\\d{1,4})");

	private String introduction;

	private Map<String, String> summaries = new LinkedHashMap<>();

	private Long version;

	/** A form holding the synthesis' current texts. */
	static SynthesisForm of(SynthesisModel synthesis) {
		SynthesisForm form = new SynthesisForm();
		form.introduction = synthesis.introduction();
		synthesis.rounds()
			.forEach(r -> r.questions().forEach(q -> form.summaries.put(r.number() + "-" + q.number(), q.summary())));
		form.version = synthesis.version();
		return form;
	}

	/** The summaries by question; a key that names no question is reported. */
	Map<QuestionKey, String> summariesByQuestion(BindingResult binding) {
		Map<QuestionKey, String> byQuestion = new LinkedHashMap<>();
		this.summaries.forEach((key, text) -> {
			Matcher m = KEY.matcher(key == null ? "" : key);
			if (m.matches()) {
				byQuestion.put(new QuestionKey(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), text);
			}
			else {
				binding.reject("dialogues.synthesis.unknownQuestion", new Object[] { key }, null);
			}
		});
		return byQuestion;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public Map<String, String> getSummaries() {
		return this.summaries;
	}

	public void setSummaries(Map<String, String> summaries) {
		this.summaries = summaries;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
