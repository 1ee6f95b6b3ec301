package org.passerelle.dialogues.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.dialogues.internal.ContributionAttachments;
import org.passerelle.kernel.web.Flash;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A contribution whose files exceed the server's upload limit is refused before any
 * controller sees it: the contributor is sent back to the form with a message rather than
 * to an error page. Other uploads keep the default answer (413).
 */
@ControllerAdvice
class ContributionUploadLimit {

	private static final Pattern CONTRIBUTE = Pattern.compile("/dialogues/([^/]+)/contribute");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) throws Exception {
		Matcher path = CONTRIBUTE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!path.matches()) {
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request)
			.put(Flash.ATTRIBUTE, Flash.warning("dialogues.attachments.requestTooLarge",
					ContributionAttachments.MAX_FILES, ContributionAttachments.MAX_MEGABYTES));
		return "redirect:/dialogues/" + path.group(1) + "/contribute";
	}

}
