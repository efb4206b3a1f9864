package org.urbansdg.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown keeps its formatting and links; nothing a browser would run survives. */
class RichTextTests {

	final RichText richText = new RichText();

	@Test
	void formattingListsAndCodeAreKept() {
		String html = richText.html("""
				A **bold** and *quiet* plan.

				- lanes
				- fares

				```
				code block
				```
				""");
		assertThat(html).contains("<strong>bold</strong>", "<em>quiet</em>", "<li>lanes</li>", "<pre><code>code block");
	}

	@Test
	void linksGetNoFollowAndNoOpener() {
		assertThat(richText.html("[the plan](https://example.org/plan)"))
			.contains("href=\"https://example.org/plan\"")
			.contains("rel=\"nofollow noopener\"");
	}

	@Test
	void scriptsHandlersAndJavascriptUrlsDoNotSurvive() {
		for (String attack : new String[] { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
				"[click](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
				"<svg onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
				// The shape of CVE-2025-66021 (noscript and style); this policy allows neither, and the library is fixed.
				"<noscript><style></noscript><img src=x onerror=alert(1)></style>",
				"<style>body{background:url(javascript:alert(1))}</style>" }) {
			String html = richText.html(attack);
			// Raw HTML comes out as text (escaped), never as an element or attribute.
			assertThat(html).as(attack).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<noscript",
					"href=\"javascript", "onerror=", "onload=");
		}
	}

	@Test
	void nothingForNothing() {
		assertThat(richText.html(null)).isEmpty();
		assertThat(richText.html("  ")).isEmpty();
	}
}
