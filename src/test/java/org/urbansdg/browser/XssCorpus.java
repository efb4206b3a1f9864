package org.urbansdg.browser;

import java.util.List;

/**
 * Stored-XSS payloads. Every payload that could run sets {@code window.__xss}; every template expression is framed by
 * {@code x...x}, so one that was evaluated shows as {@code x49x} (or {@code xclass java.lang.Runtime...}).
 */
final class XssCorpus {

	/** For one-line fields (the shortest allow 120 characters, with a six-character label before it). */
	static final String SHORT = "\"'><svg onload=__xss=1><script>__xss=1</script><img src=x onerror=__xss=1>"
			+ "x[[${7*7}]]x{{7*7}}x__${7*7}__x";

	/** For text areas, one payload a paragraph (Markdown and raw HTML, as many as the field's limit takes). */
	static final List<String> LONG = List.of(
			"<script>__xss=1</script>",
			"<img src=x onerror=__xss=1>",
			"<svg onload=__xss=1></svg>",
			"<svg><script>__xss=1</script></svg>",
			"\"><svg onload=__xss=1>",
			"'><img src=x onerror=__xss=1>",
			"</textarea><script>__xss=1</script>",
			"</title></script><script>__xss=1</script>",
			"[link](javascript:__xss=1)",
			"[link](JaVaScRiPt:__xss=1)",
			"[link](java&#x09;script:__xss=1)",
			"![image](javascript:__xss=1)",
			"[reference][r]\n\n[r]: javascript:__xss=1",
			"<javascript:__xss=1>",
			"<a href=\"javascript:__xss=1\">a</a> <a href=\"&#106;avascript:__xss=1\">b</a>",
			"<a href=\"data:text/html,<script>__xss=1</script>\">c</a>",
			"<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
			"<form action=\"javascript:__xss=1\"><button>d</button></form>",
			"<details open ontoggle=__xss=1>e</details>",
			"<math><mtext><table><mglyph><style><img src=x onerror=__xss=1></style></mglyph></table></mtext></math>",
			"<noscript><p title=\"</noscript><img src=x onerror=__xss=1>\"></noscript>",
			"<object data=\"javascript:__xss=1\"></object>",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:__xss=1\"><base href=\"javascript:__xss=1//\">",
			"<div style=\"background:url(javascript:__xss=1)\">f</div>",
			"<div hx-get=\"/admin\" hx-trigger=\"load\" hx-on::load=\"__xss=1\">g</div>",
			"x[[${7*7}]]x x[(${7*7})]x x__${7*7}__x x__${T(java.lang.Runtime)}__x x{{7*7}}x x${7*7}x x#{7*7}x x*{7*7}x");

	/** For address fields: valid http(s) addresses that would break out of a single-quoted attribute. */
	static final String URL = "https://example.org/x'onmouseover='__xss=1'?a=1&b=2";

	/** A valid address whose quoted local part would be markup if it were not escaped. */
	static final String EMAIL = "\"<svg/onload=__xss=1>\"@example.org";

	/** Addresses a link field must refuse. */
	static final String HOSTILE_LINKS = "javascript:__xss=1\n JaVaScRiPt:__xss=1\ndata:text/html,<script>__xss=1</script>";

	private XssCorpus() {
	}

	/** The label and {@link #SHORT}, as a one-line field holds it. */
	static String line(String label) {
		return label + " " + SHORT;
	}
}
