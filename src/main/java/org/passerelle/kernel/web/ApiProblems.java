package org.passerelle.kernel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Errors raised in API controllers ({@code @RestController}) as RFC 9457 problem
 * documents ({@code application/problem+json}): validation errors list every field with
 * its message in the request's language ({@code errors: [{field, message}]}), a
 * {@link org.passerelle.kernel.PasserelleException} or a {@code ResponseStatusException}
 * answers with its status and detail, an optimistic-locking clash with 409, a refusal of
 * a signed-in user with 403.
 * <p>
 * It handles nothing else, so that a module's own advice or a controller's
 * {@code @ExceptionHandler} still decides for the exceptions it knows. Whatever is left
 * reaches {@link ShellErrorController} through the servlet container: a problem document
 * for API paths (500 for an unexpected exception, never a stack trace), an error page
 * otherwise. Page controllers ({@code @Controller}) are not concerned: their errors
 * become error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

	private final MessageSource messages;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> statusException(ErrorResponseException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(ex.getStatusCode());
		problem.setDetail(ex.getBody().getDetail());
		return ResponseEntity.status(ex.getStatusCode()).headers(ex.getHeaders()).body(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> optimisticLocking(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT,
				"The resource was changed by someone else in the meantime: read it again and retry.");
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> invalidFields(BindException ex) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult().getAllErrors().forEach(error -> errors.add(fieldError(error)));
		return invalid(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex) {
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
	ResponseEntity<ProblemDetail> constraintViolations(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> entry(fieldPath(v.getPropertyPath()), v.getMessage()))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex) {
		String name = ex.getPropertyName();
		return problem(HttpStatus.BAD_REQUEST,
				name == null ? "A parameter has an invalid value." : "Parameter '" + name + "' has an invalid value.");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		// The parser's own message names Java types: not for clients.
		return problem(HttpStatus.BAD_REQUEST,
				"The request body is missing or is not valid JSON of the expected shape.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || this.trust.isAnonymous(authentication)) {
			// Spring Security answers visitors: the API's authentication challenge
			throw ex;
		}
		return problem(HttpStatus.FORBIDDEN, "You are not allowed to do this.");
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
