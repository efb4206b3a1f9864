package org.urbansdg;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries of docs/architecture.md hold, and docs/modules shows them. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(UrbanSdgApplication.class);

	@Test
	void modulesOnlyUseWhatTheyDeclare() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of("docs/modules/components.puml")).content().contains("Casestudy", "Account", "Member", "Sdg");
	}
}
