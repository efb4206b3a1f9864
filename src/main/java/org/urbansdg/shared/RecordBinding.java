package org.urbansdg.shared;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Forms and queries are records, bound through their constructor only. After the constructor, Spring would also try
 * to set each request parameter as a property, which a record has none of; a parameter named like an indexed or
 * nested property ({@code q[x]=...}) then failed as a 500 instead of being ignored like any unknown parameter.
 */
@ControllerAdvice
class RecordBinding {

	private static final Pattern INDEX = Pattern.compile("\\d{1,4}");

	@InitBinder
	void constructorOnly(WebDataBinder binder, WebRequest request) {
		ResolvableType type = binder.getTargetType();
		Class<?> target = type == null ? null : type.resolve();
		if (target != null && target.isRecord()) {
			binder.setDeclarativeBinding(true);
			refuseUnusableIndexes(target, request, binder.getAutoGrowCollectionLimit());
		}
	}

	/**
	 * The constructor binding reads {@code targets[3]} for a list or array component as a position below the binder's
	 * growth limit, and failed with a 500 on anything else ({@code targets[x]}, {@code targets[9999]}). No page sends
	 * such a name, so the request is refused as malformed (400).
	 */
	private static void refuseUnusableIndexes(Class<?> record, WebRequest request, int limit) {
		for (RecordComponent component : record.getRecordComponents()) {
			if (!List.class.isAssignableFrom(component.getType()) && !component.getType().isArray()) {
				continue;
			}
			String prefix = component.getName() + "[";
			for (Iterator<String> names = request.getParameterNames(); names.hasNext();) {
				String name = names.next();
				int close = name.indexOf(']', prefix.length());
				if (!name.startsWith(prefix) || name.equals(prefix + "]") || close < 0) {
					continue; // not this component's, the unindexed form Spring reads, or dropped by UnclosedBrackets
				}
				String index = name.substring(prefix.length(), close);
				if (!INDEX.matcher(index).matches() || Integer.parseInt(index) >= limit) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unusable index in " + name);
				}
			}
		}
	}
}
