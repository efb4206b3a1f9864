package org.urbansdg.cooperation;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.urbansdg.shared.OfferedLanguage;

/**
 * What a city types to ask another to learn from its practice; kept as typed when the page comes back with errors.
 * The SDG targets are typed as codes ({@code 11.2, 11.6}) and checked against the catalogue.
 */
record AskForm(@NotEmpty Set<HelpKind> help,
		@NotBlank @Size(max = CooperationRequest.MAX_AIM) String aim,
		PopulationBand populationBand, BudgetBand budgetBand, @Size(max = CooperationRequest.MAX_REGION) String region,
		@Size(max = 400) String targets, @Size(max = CooperationRequest.MAX_CONSTRAINTS) String constraints,
		@NotBlank @OfferedLanguage String preferredLanguage, @NotNull Timeframe timeframe) {

	AskForm {
		help = help == null ? EnumSet.noneOf(HelpKind.class) : help;
	}

	static AskForm empty(String language) {
		return new AskForm(null, "", null, null, "", "", "", language, null);
	}
}
