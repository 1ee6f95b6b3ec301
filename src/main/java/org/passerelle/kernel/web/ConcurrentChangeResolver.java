package org.passerelle.kernel.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.AbstractHandlerExceptionResolver;

/**
 * A record changed by someone else while a user was editing it (optimistic locking) is a
 * conflict, not a failure of the server: it ends in the 409 page, which tells the user to
 * reload and apply their changes again. API controllers answer it as a problem document
 * before this resolver is reached ({@link ApiProblems}).
 */
final class ConcurrentChangeResolver extends AbstractHandlerExceptionResolver {

	@Override
	protected ModelAndView doResolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof OptimisticLockingFailureException)) {
			return null;
		}
		try {
			response.sendError(HttpStatus.CONFLICT.value());
		}
		catch (IOException sendFailed) {
			return null;
		}
		return new ModelAndView();
	}

}
