package org.passerelle.practices.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code /practices/abc}: no practice can have that id, so the shell's 404 page rather
 * than a 400. A missing or hidden practice needs nothing here: its exception is a kernel
 * {@code NotFoundException}.
 */
@ControllerAdvice(assignableTypes = PracticeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PracticePageExceptionHandler {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void notAnId(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
