package org.urbansdg.shared;

import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org data for a page, as the body of a {@code <script type="application/ld+json">} block. Browsers do not run
 * such a block, so the Content Security Policy has nothing to block; Jackson escapes the text as JSON, and every
 * {@code <} is written as {@code \u003c} so that no text (such as {@code </script>}) can end the block early. This
 * output is the one value besides {@link RichText}'s that templates show unescaped.
 */
@Component
public class JsonLd {

	private final JsonMapper mapper = JsonMapper.builder().build();

	public String script(Map<String, Object> data) {
		return mapper.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}
}
