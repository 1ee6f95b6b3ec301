package org.passerelle.kernel.web;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.MvcResult;

/**
 * Reads a rendered page with its white space collapsed, so that assertions ignore line
 * breaks in tags.
 */
final class Html {

	private Html() {
	}

	static String of(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
	}

}
