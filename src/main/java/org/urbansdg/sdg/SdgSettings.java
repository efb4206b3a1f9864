package org.urbansdg.sdg;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param importDir a folder of Open SDG translations, one sub-folder per language ({@code ru/global_goals.yml}, ...),
 * imported on every start; unset by default, as the shipped English and Korean texts are loaded anyway
 */
@ConfigurationProperties("urbansdg.sdg")
record SdgSettings(Path importDir) {
}
