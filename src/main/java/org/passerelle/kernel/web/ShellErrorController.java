package org.passerelle.kernel.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every error ends that was not answered on the spot (unknown address, refusal by
 * the security filters, uncaught exception): a page of the shell for browsers
 * ({@code templates/error/404.html}, {@code 403}, {@code 4xx}, {@code 5xx}) in the
 * visitor's language, and an RFC 9457 problem document for API paths and for clients that
 * do not ask for HTML. Neither ever shows a stack trace or an exception message.
 */
// only a server has error pages; the command line has no ErrorAttributes
@ConditionalOnWebApplication
@Controller
@EnableConfigurationProperties(WebProperties.class)
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class ShellErrorController extends BasicErrorController {

	private final JsonMapper json;

	ShellErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers,
			JsonMapper json) {
		super(errorAttributes, web.getError(), resolvers);
		this.json = json;
	}

	@Override
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (ShellRequests.isApi(request)) {
			HttpStatus status = getStatus(request);
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			try {
				this.json.writeValue(response.getOutputStream(), problem(request, status));
			}
			catch (IOException ex) {
				// the client is gone
			}
			return null;
		}
		return super.errorHtml(request, response);
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request, status));
	}

	private static Map<String, Object> problem(HttpServletRequest request, HttpStatus status) {
		Map<String, Object> problem = new LinkedHashMap<>();
		// no "type": about:blank is implied (RFC 9457), as in the documents of
		// ApiProblems
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		String detail = detail(status);
		if (detail != null) {
			problem.put("detail", detail);
		}
		problem.put("instance", ShellRequests.path(request));
		return problem;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is not valid.";
			case UNAUTHORIZED -> "Authentication is required: sign in or send a personal access token.";
			case FORBIDDEN -> "You are not allowed to do this.";
			case NOT_FOUND -> "Nothing exists at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not accept this method.";
			case INTERNAL_SERVER_ERROR -> "An unexpected error occurred.";
			default -> null;
		};
	}

}
