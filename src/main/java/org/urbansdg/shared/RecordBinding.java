package org.urbansdg.shared;

import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms and queries are records, bound through their constructor only. After the constructor, Spring would also try
 * to set each request parameter as a property, which a record has none of; a parameter named like an indexed or
 * nested property ({@code q[x]=...}) then failed as a 500 instead of being ignored like any unknown parameter.
 */
@ControllerAdvice
class RecordBinding {

	@InitBinder
	void constructorOnly(WebDataBinder binder) {
		ResolvableType type = binder.getTargetType();
		Class<?> target = type == null ? null : type.resolve();
		if (target != null && target.isRecord()) {
			binder.setDeclarativeBinding(true);
		}
	}
}
