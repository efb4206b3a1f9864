package org.urbansdg.casestudy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Puts each text of a case into the index fields of its language family ({@code title_ko}, {@code body_ko}, ...), so
 * that each is analysed by the analyser of its language (configured in the search module) and one query across all
 * families finds text in any language. The family is taken from the script of the text, with the case's language
 * breaking ties: a Korean case with an English summary gets its summary analysed as English.
 */
public class CaseTextBinder implements TypeBinder {

	/** The language families; each has the analyser of the same name. */
	public enum Family {
		en, ko, ja, zh, th, other;

		/**
		 * Whether this family's words are spelt with letters, where a word one or two edits away is a likely typo.
		 * Korean, Japanese, Chinese and Thai are indexed as dictionary words or pairs of characters, whose neighbours
		 * two edits away are other words altogether; leaving them out of typo tolerance also keeps it fast.
		 */
		public boolean spelt() {
			return this == en || this == other;
		}
	}

	/** The text fields of a case, each with one field per family. */
	public static final List<String> FIELDS = List.of("title", "summary", "body");

	/**
	 * All the words of a case, unstemmed (the "other" analyser keeps whole words of alphabetic scripts): the
	 * vocabulary that "did you mean" corrects misspelt words from. Not searched, not stored.
	 */
	public static final String SPELLING = "spelling";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("language").use("title").use("summary").use("sections");
		Map<Family, Map<String, IndexFieldReference<String>>> fields = new EnumMap<>(Family.class);
		for (Family family : Family.values()) {
			// Projectable (stored) for the highlighter, which analyses the summary, and the body where the summary
			// lacks the words, of the cases shown again. Term vectors would spare that, but made a full reindex
			// markedly slower and the index half again as large (docs/benchmarks.md).
			var type = context.typeFactory()
				.asString()
				.analyzer(family.name())
				.projectable(Projectable.YES)
				.highlightable(List.of(Highlightable.UNIFIED))
				.toIndexFieldType();
			fields.put(family, FIELDS.stream()
				.collect(Collectors.toMap(f -> f, f -> context.indexSchemaElement()
					.field(f + "_" + family, type)
					.toReference())));
		}
		IndexFieldReference<String> spelling = context.indexSchemaElement()
			.field(SPELLING, context.typeFactory().asString().analyzer("other").toIndexFieldType())
			.toReference();
		context.bridge(CaseStudy.class, new Bridge(fields, spelling));
	}

	/** The families a case's summary and body are indexed in, which are the fields its snippet can come from. */
	static Set<Family> familiesOf(CaseStudy c) {
		Set<Family> families = EnumSet.noneOf(Family.class);
		for (String text : new String[] { c.getSummary(), body(c) }) {
			if (text != null && !text.isBlank()) {
				families.add(familyOf(text, c.getLanguage()));
			}
		}
		return families;
	}

	/** The story sections of a case after its summary, as one text ({@link CaseSection.Part#STORY}). */
	private static String body(CaseStudy c) {
		return c.getNarrative().storyText();
	}

	/** The family whose analyser suits this text, from its script; the declared language decides between scripts. */
	public static Family familyOf(String text, String language) {
		boolean hangul = false;
		boolean kana = false;
		boolean han = false;
		boolean thai = false;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			if (cp < 0x0E00) {
				// Latin, Greek, Cyrillic, Arabic, Indic...: none of the scripts looked for (a fast path for long texts).
				i++;
				continue;
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(cp);
			switch (script) {
				case HANGUL -> hangul = true;
				case HIRAGANA, KATAKANA -> kana = true;
				case HAN -> han = true;
				case THAI -> thai = true;
				default -> {
				}
			}
			i += Character.charCount(cp);
		}
		String lang = language == null ? "" : language;
		if (hangul && (lang.equals("ko") || !kana)) {
			return Family.ko;
		}
		if (kana || (han && lang.equals("ja"))) {
			return Family.ja;
		}
		if (han) {
			return Family.zh;
		}
		if (thai) {
			return Family.th;
		}
		// Text in Latin script: English unless the case says it is in another language written that way.
		return List.of("en", "ko", "ja", "zh", "th").contains(lang) ? Family.en : Family.other;
	}

	private record Bridge(Map<Family, Map<String, IndexFieldReference<String>>> fields,
			IndexFieldReference<String> spelling) implements TypeBridge<CaseStudy> {

		@Override
		public void write(DocumentElement target, CaseStudy c, TypeBridgeWriteContext context) {
			String body = body(c);
			add(target, "title", c.getTitle(), c.getLanguage());
			add(target, "summary", c.getSummary(), c.getLanguage());
			add(target, "body", body, c.getLanguage());
			target.addValue(spelling, spellingWords(c.getTitle(), c.getSummary(), body));
		}

		/**
		 * Each word of an alphabetic script once, lower-cased: that is all "did you mean" reads (it corrects only such
		 * words, from the words some document contains), and indexing every occurrence of every word a second time
		 * made a full reindex markedly slower. Characters are tested one by one: a regular expression with script
		 * classes cost more than all the rest of building a case's document.
		 */
		private static String spellingWords(String... texts) {
			Set<String> words = new LinkedHashSet<>();
			for (String text : texts) {
				if (text == null) {
					continue;
				}
				int start = -1;
				boolean spelt = true;
				for (int i = 0; i <= text.length(); i++) {
					char ch = i < text.length() ? text.charAt(i) : ' ';
					int type = Character.getType(ch);
					if (Character.isLetter(ch) || type == Character.NON_SPACING_MARK
							|| type == Character.COMBINING_SPACING_MARK) {
						if (start < 0) {
							start = i;
							spelt = true;
						}
						// Below Thai (Latin, Greek, Cyrillic, Arabic, Indic...) and Latin Extended Additional
						// (Vietnamese), Greek Extended.
						spelt &= ch < 0x0E00 || (ch >= 0x1E00 && ch < 0x2000);
					}
					else if (start >= 0) {
						if (spelt) {
							words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
						}
						start = -1;
					}
				}
			}
			return String.join(" ", words);
		}

		private void add(DocumentElement target, String field, String text, String language) {
			if (text != null && !text.isBlank()) {
				target.addValue(fields.get(familyOf(text, language)).get(field), text);
			}
		}
	}
}
