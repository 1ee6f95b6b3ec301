package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ShellRequestsTests {

	@Test
	void anErrorPageKnowsTheAddressThatFailed() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/passerelle/api/v1/nothing");
		request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, "q=x");
		request.setContextPath("/passerelle");
		assertThat(ShellRequests.path(request)).isEqualTo("/api/v1/nothing");
		assertThat(ShellRequests.url(request)).isEqualTo("/passerelle/api/v1/nothing?q=x");
		assertThat(ShellRequests.isApi(request)).isTrue();
	}

	@Test
	void onlyPathsUnderApiAreApiRequests() {
		assertThat(ShellRequests.isApi(new MockHttpServletRequest("GET", "/api"))).isTrue();
		assertThat(ShellRequests.isApi(new MockHttpServletRequest("GET", "/apiary"))).isFalse();
		assertThat(ShellRequests.isApi(new MockHttpServletRequest("GET", "/organisations"))).isFalse();
	}

	@Test
	void linksToTheCurrentPageNeverLeaveTheSite() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "//evil.example/x");
		assertThat(ShellRequests.url(request)).isEqualTo("/evil.example/x");
	}

	@Test
	void setsReplacesAndRemovesOneParameterKeepingTheOthersEncoded() {
		assertThat(ShellRequests.withParameter("/list?q=caf%C3%A9&lang=fr", "lang", "ar"))
			.isEqualTo("/list?q=caf%C3%A9&lang=ar");
		assertThat(ShellRequests.withParameter("/list?q=a&page=3", "page", null)).isEqualTo("/list?q=a");
		assertThat(ShellRequests.withParameter("/list", "page", 2)).isEqualTo("/list?page=2");
	}

}
