// Passerelle behaviour. No inline scripts anywhere (the Content Security Policy forbids them):
// every page loads this file, deferred, after htmx and Bootstrap.
(function () {
	'use strict';

	// The CSRF token of the signed-in user's session, from the layout's <meta> tags.
	function csrf() {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		if (!token || !header) {
			return null;
		}
		return { header: header.getAttribute('content'), token: token.getAttribute('content') };
	}

	// htmx sends the CSRF token with every request that changes something (POST, PUT, PATCH,
	// DELETE); forms rendered with th:action also carry it as a hidden field.
	document.addEventListener('htmx:configRequest', function (event) {
		var verb = (event.detail.verb || 'get').toLowerCase();
		if (verb === 'get') {
			return;
		}
		var current = csrf();
		if (current) {
			event.detail.headers[current.header] = current.token;
		}
	});

	// After a failed submission, move the focus to the error summary so that screen reader
	// and keyboard users learn what went wrong (the summary has tabindex="-1").
	function focusErrors(root) {
		var summary = (root || document).querySelector('#form-errors');
		if (summary) {
			summary.focus();
		}
	}

	document.addEventListener('DOMContentLoaded', function () {
		focusErrors(document);
	});

	document.addEventListener('htmx:afterSwap', function (event) {
		focusErrors(event.detail.target);
	});

	// Expose the token for scripts of the modules that call fetch() themselves.
	window.passerelle = { csrf: csrf };
})();
