package org.urbansdg.shared;

import org.springframework.web.util.UriComponentsBuilder;

/** Links whose query string carries what a visitor typed (search words, facet values). */
public final class QueryLinks {

	private QueryLinks() {
	}

	/**
	 * The address with its query encoded. {@code UriComponents.encode} leaves "+" as it is (it is legal in a query), but
	 * servlet containers read a "+" in a query string as a space, so "c++" would come back as "c  ": a typed "+" is
	 * encoded too. The path must have none.
	 */
	public static String of(UriComponentsBuilder uri) {
		return uri.build().encode().toUriString().replace("+", "%2B");
	}
}
