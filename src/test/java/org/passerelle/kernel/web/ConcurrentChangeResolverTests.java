package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ConcurrentChangeResolverTests {

	private final ConcurrentChangeResolver resolver = new ConcurrentChangeResolver();

	@Test
	void aConcurrentChangeIsAConflict() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.resolver.resolveException(new MockHttpServletRequest(), response, null,
				new OptimisticLockingFailureException("Row was updated by another transaction")))
			.isNotNull();
		assertThat(response.getStatus()).isEqualTo(409);
	}

	@Test
	void otherExceptionsAreLeftToTheNextResolver() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.resolver.resolveException(new MockHttpServletRequest(), response, null,
				new IllegalStateException()))
			.isNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
