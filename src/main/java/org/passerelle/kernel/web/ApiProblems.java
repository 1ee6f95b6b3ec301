package org.passerelle.kernel.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.passerelle.kernel.PasserelleException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the JSON API ({@code /api/**}) as RFC 9457 problem documents
 * ({@code application/problem+json}): validation errors list every field with its message in
 * the request's language ({@code errors: [{field, message}]}), a {@link PasserelleException}
 * answers with its status and message, an optimistic-locking clash with 409, a refusal with
 * 403, anything unexpected with a bare 500 that carries a reference to the log, never a stack
 * trace.
 * <p>
 * For pages, the shell's own exceptions and optimistic-locking clashes become the matching
 * error page (status sent, then rendered by {@link ShellErrorController}); every other
 * exception is rethrown untouched, so Spring MVC and Spring Security handle it as usual (a
 * refusal sends a visitor to the login page).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE) // a module's own advice, if any, is asked first
class ApiProblems {

	private static final Log logger = LogFactory.getLog(ApiProblems.class);

	private final MessageSource messages;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PasserelleException.class)
	ResponseEntity<ProblemDetail> passerelle(PasserelleException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!ShellRequests.isApi(request)) {
			response.sendError(ex.status().value());
			return null;
		}
		return problem(ex.status(), ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> optimisticLocking(OptimisticLockingFailureException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!ShellRequests.isApi(request)) {
			response.sendError(HttpStatus.CONFLICT.value());
			return null;
		}
		return problem(HttpStatus.CONFLICT,
				"The resource was changed by someone else in the meantime: read it again and retry.");
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> invalidFields(BindException ex, HttpServletRequest request) throws BindException {
		if (!ShellRequests.isApi(request)) {
			throw ex;
		}
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult().getAllErrors().forEach(error -> errors.add(fieldError(error)));
		return invalid(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		if (!ShellRequests.isApi(request)) {
			throw ex;
		}
		List<Map<String, String>> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors parameterErrors) {
				parameterErrors.getAllErrors().forEach(error -> errors.add(fieldError(error)));
			}
			else {
				String name = parameterName(result.getMethodParameter());
				result.getResolvableErrors().forEach(error -> errors.add(entry(name, message(error))));
			}
		}
		ex.getCrossParameterValidationResults().forEach(error -> errors.add(entry(null, message(error))));
		return invalid(errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolations(ConstraintViolationException ex, HttpServletRequest request) {
		if (!ShellRequests.isApi(request)) {
			throw ex;
		}
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> entry(fieldPath(v.getPropertyPath()), v.getMessage()))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, HttpServletRequest request) {
		if (!ShellRequests.isApi(request)) {
			throw ex;
		}
		String name = ex.getPropertyName();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				name == null ? "A parameter has an invalid value." : "Parameter '" + name + "' has an invalid value.");
		return ResponseEntity.of(problem).build();
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		if (!ShellRequests.isApi(request)) {
			throw ex;
		}
		// The parser's own message names Java types: not for clients.
		return problem(HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON of the expected shape.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!ShellRequests.isApi(request) || authentication == null || this.trust.isAnonymous(authentication)) {
			// Spring Security decides: a login page, or the API's authentication challenge
			throw ex;
		}
		return problem(HttpStatus.FORBIDDEN, "You are not allowed to do this.");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!ShellRequests.isApi(request)) {
			throw ex;
		}
		return problem(HttpStatus.NOT_FOUND, "Nothing exists at this address.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request) throws Exception {
		if (!ShellRequests.isApi(request)) {
			throw ex;
		}
		if (ex instanceof ErrorResponse known) {
			HttpStatusCode status = known.getStatusCode();
			ProblemDetail problem = ProblemDetail.forStatus(status);
			problem.setDetail(known.getBody().getDetail());
			return ResponseEntity.status(status).headers(known.getHeaders()).body(problem);
		}
		String reference = UUID.randomUUID().toString();
		logger.error("Unexpected error on " + request.getMethod() + " " + request.getRequestURI() + " (reference "
				+ reference + ")", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred. It has been logged with the reference " + reference + ".");
		problem.setProperty("reference", reference);
		return ResponseEntity.of(problem).build();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build();
	}

	private static ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid values: see errors.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return ResponseEntity.of(problem).build();
	}

	private Map<String, String> fieldError(ObjectError error) {
		return entry((error instanceof FieldError field) ? field.getField() : null, message(error));
	}

	private String message(MessageSourceResolvable error) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(error, locale);
	}

	private static Map<String, String> entry(String field, String message) {
		return (field == null) ? Map.of("message", message) : Map.of("field", field, "message", message);
	}

	/** The name the client used: the request parameter's, else the Java parameter's. */
	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		String declared = (param != null) ? first(param.name(), param.value())
				: (variable != null) ? first(variable.name(), variable.value())
						: (header != null) ? first(header.name(), header.value()) : "";
		return declared.isEmpty() ? parameter.getParameterName() : declared;
	}

	private static String first(String name, String value) {
		return name.isEmpty() ? value : name;
	}

	/** The property path without the method and parameter nodes of method validation. */
	private static String fieldPath(Path path) {
		List<String> names = new ArrayList<>();
		String parameter = null;
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
				continue;
			}
			if (node.getKind() == ElementKind.PARAMETER) {
				parameter = node.getName();
				continue;
			}
			if (node.getName() != null) {
				names.add(node.getName());
			}
		}
		return names.isEmpty() ? parameter : String.join(".", names);
	}

}
