package org.urbansdg.sdg;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * A field of urban policy (mobility, housing, ...) that case studies are filed under, next to their SDG targets.
 * Themes are reference data created by migrations; an inactive theme is no longer offered but still shown where used.
 */
@Entity
@Table(name = "theme")
public class Theme {

	/** The length of theme_name.name. */
	static final int MAX_NAME = 120;

	@Id
	private String code;

	private int position;

	private boolean active;

	// Eager: a handful of short names, and pages show them long after the transaction that loaded the theme.
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "theme_name", joinColumns = @JoinColumn(name = "theme_code"))
	@MapKeyColumn(name = "language")
	@Column(name = "name")
	private Map<String, String> names = new HashMap<>();

	protected Theme() {
	}

	Theme(String code, int position) {
		this.code = code;
		this.position = position;
		this.active = true;
	}

	/** Sets the names given (language → name); a blank name removes that language's name. */
	void rename(Map<String, String> newNames) {
		newNames.forEach((language, name) -> {
			if (name == null || name.isBlank()) {
				names.remove(language);
			}
			else {
				names.put(language, name.strip());
			}
		});
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public String code() {
		return code;
	}

	public int position() {
		return position;
	}

	public boolean active() {
		return active;
	}

	/** The name stored for exactly this language, or an empty string: for editing names. */
	public String storedName(String language) {
		return names.getOrDefault(language, "");
	}

	/** The name in this language, else in English, else the code. */
	public String name(Locale locale) {
		for (String language : Languages.lookupOrder(locale)) {
			String name = names.get(language);
			if (name != null) {
				return name;
			}
		}
		return code;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof Theme theme && code.equals(theme.code());
	}

	@Override
	public int hashCode() {
		return code.hashCode();
	}

	@Override
	public String toString() {
		return "Theme " + code;
	}
}
