package org.urbansdg;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fuzz input read as lines of {@code name=value} (the bytes as UTF-8, as a servlet container would decode them), so
 * that the seeds of a fuzz test are readable text files and the fuzzer may still change names, values and their
 * number. A line without {@code =} is a name with an empty value.
 */
public record FuzzInput(List<Map.Entry<String, String>> pairs) {

	public static FuzzInput of(byte[] bytes) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
			if (line.isEmpty()) {
				continue;
			}
			int eq = line.indexOf('=');
			pairs.add(eq < 0 ? new SimpleImmutableEntry<>(line, "")
					: new SimpleImmutableEntry<>(line.substring(0, eq), line.substring(eq + 1)));
		}
		return new FuzzInput(pairs);
	}

	/** Every value given for the name, in order; null when there is none (as a request binds a missing list). */
	public List<String> all(String name) {
		List<String> values = pairs.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).toList();
		return values.isEmpty() ? null : values;
	}

	/** The first value given for the name, or null. */
	public String first(String name) {
		List<String> values = all(name);
		return values == null ? null : values.get(0);
	}
}
