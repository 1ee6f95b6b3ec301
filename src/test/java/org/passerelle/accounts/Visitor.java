package org.passerelle.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser for MockMvc tests: keeps the cookies the application sets (the session lives
 * in Spring Session, found by its cookie), so that a login carries over to the next
 * requests.
 */
public final class Visitor {

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String remoteAddress = "127.0.0.1";

	public Visitor(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Requests from now on come from this IP address. */
	public Visitor from(String address) {
		this.remoteAddress = address;
		return this;
	}

	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		this.cookies.values().forEach(request::cookie);
		String address = this.remoteAddress;
		request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		return this.mvc.perform(request).andDo(result -> {
			for (Cookie cookie : result.getResponse().getCookies()) {
				if (cookie.getMaxAge() == 0) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie);
				}
			}
		});
	}

	/** Submits the login form. */
	public ResultActions logIn(String email, String password) throws Exception {
		return perform(post("/login").param("email", email).param("password", password).with(csrf()));
	}

}
