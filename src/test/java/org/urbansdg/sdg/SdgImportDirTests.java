package org.urbansdg.sdg;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up switch, given as the README gives it: a path relative to the project that starts with "..". Under a
 * running web server, as in production, because Spring's conversion of such a path to {@link Path} fails only there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "urbansdg.database.data-dir=target/test-postgres", "urbansdg.database.clean=true" })
class SdgImportDirTests {

	@DynamicPropertySource
	static void importDir(DynamicPropertyRegistry registry) {
		// The shipped files (en, ko): importing them again changes nothing that other tests rely on.
		String project = Path.of("").toAbsolutePath().getFileName().toString();
		registry.add("urbansdg.sdg.import-dir", () -> "../" + project + "/src/main/resources/sdg");
	}

	@Autowired
	SdgSettings settings;

	@Autowired
	SdgCatalogue catalogue;

	@Test
	void takesAFolderAboveTheProjectAndImportsItOnStart() {
		assertThat(settings.importDir()).isNotNull();
		assertThat(settings.importDir().toString()).startsWith("..");
		assertThat(catalogue.goalShort(11, Locale.KOREAN)).isEqualTo("지속가능한 도시와 공동체");
	}
}
