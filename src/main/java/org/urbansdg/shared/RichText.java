package org.urbansdg.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Renders user-written Markdown to HTML that is safe to show: commonmark first, then the OWASP sanitizer keeps only
 * formatting and links. Controllers pass its output to templates, the only values shown with {@code th:utext}.
 */
@Component
public class RichText {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();

	private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory())
		.and(new HtmlPolicyBuilder().allowElements("a").requireRelsOnLinks("nofollow", "noopener").toFactory());

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return policy.sanitize(renderer.render(parser.parse(markdown)));
	}
}
