package org.urbansdg.sdg;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param importDir a folder of Open SDG translations, one sub-folder per language ({@code ru/global_goals.yml}, ...),
 * imported on every start; unset by default, as the shipped texts of the languages offered are loaded anyway
 */
@ConfigurationProperties("urbansdg.sdg")
record SdgSettings(Path importDir) {

	/**
	 * Binds the folder as plain text: Spring's own conversion to {@link Path} resolves it as a web resource and
	 * refuses the documented {@code --urbansdg.sdg.import-dir=../shared/data/sdg-translations}.
	 */
	@ConstructorBinding
	SdgSettings(String importDir) {
		this(importDir == null || importDir.isBlank() ? null : Path.of(importDir));
	}
}
