package org.urbansdg.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.urbansdg.casestudy.CaseTextBinder;
import org.urbansdg.casestudy.CaseTextBinder.Family;

/**
 * The texts of a news post, event or course in the index fields of their language family ({@code title_ko},
 * {@code text_ko}, ...), chosen as for cases ({@link CaseTextBinder#familyOf}): by script, with the item's declared
 * language breaking ties; where no language is declared (news), text in Latin script counts as English. Also all the
 * words, unstemmed, in {@value CaseTextBinder#SPELLING} for "did you mean".
 */
final class ContentTextBinder<T> implements TypeBinder {

	static final List<String> FIELDS = List.of("title", "text");

	private final Class<T> type;

	private final List<String> properties;

	private final Function<T, String> language;

	private final Function<T, String> title;

	private final Function<T, String> text;

	/** {@code properties} are the entity's properties the texts are made of, so that changing one reindexes. */
	ContentTextBinder(Class<T> type, List<String> properties, Function<T, String> language, Function<T, String> title,
			Function<T, String> text) {
		this.type = type;
		this.properties = properties;
		this.language = language;
		this.title = title;
		this.text = text;
	}

	@Override
	public void bind(TypeBindingContext context) {
		properties.forEach(p -> context.dependencies().use(p));
		Map<Family, Map<String, IndexFieldReference<String>>> fields = new EnumMap<>(Family.class);
		for (Family family : Family.values()) {
			var fieldType = context.typeFactory()
				.asString()
				.analyzer(family.name())
				.projectable(Projectable.YES)
				.highlightable(List.of(Highlightable.UNIFIED))
				.toIndexFieldType();
			fields.put(family, FIELDS.stream().collect(Collectors.toMap(f -> f,
					f -> context.indexSchemaElement().field(f + "_" + family, fieldType).toReference())));
		}
		IndexFieldReference<String> spelling = context.indexSchemaElement()
			.field(CaseTextBinder.SPELLING, context.typeFactory().asString().analyzer("other").toIndexFieldType())
			.toReference();
		context.bridge(type, new Bridge<>(this, fields, spelling));
	}

	private record Bridge<T>(ContentTextBinder<T> binder, Map<Family, Map<String, IndexFieldReference<String>>> fields,
			IndexFieldReference<String> spelling) implements TypeBridge<T> {

		@Override
		public void write(DocumentElement target, T item, TypeBridgeWriteContext context) {
			String lang = Objects.requireNonNullElse(binder.language.apply(item), "en");
			String title = binder.title.apply(item);
			String text = binder.text.apply(item);
			add(target, "title", title, lang);
			add(target, "text", text, lang);
			target.addValue(spelling,
					Stream.of(title, text).filter(Objects::nonNull).collect(Collectors.joining("\n\n")));
		}

		private void add(DocumentElement target, String field, String value, String lang) {
			if (value != null && !value.isBlank()) {
				target.addValue(fields.get(CaseTextBinder.familyOf(value, lang)).get(field), value);
			}
		}
	}
}
