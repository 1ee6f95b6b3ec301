package org.passerelle.actors.web;

import org.passerelle.actors.OrganisationNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** A missing organisation on a page: a 404 page that leads back to the directory. */
@ControllerAdvice(assignableTypes = { OrganisationController.class, OrganisationMembersController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActorsPageExceptionHandler {

	@ExceptionHandler(OrganisationNotFoundException.class)
	ModelAndView organisationNotFound() {
		return notFoundPage();
	}

	/** {@code /organisations/abc}: no organisation can have that id. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView notAnId() {
		return notFoundPage();
	}

	private static ModelAndView notFoundPage() {
		ModelAndView page = new ModelAndView("actors/not-found");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
