package org.urbansdg.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchQuery.Facet;
import org.urbansdg.casestudy.search.CaseSearchResult;
import org.urbansdg.casestudy.search.CaseSearchResult.FacetCount;
import org.urbansdg.member.City;
import org.urbansdg.member.Countries;
import org.urbansdg.member.Members;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.Formats;

/**
 * The facet lists of the search page, ready to print: each value with its label in the viewer's language, its count
 * and the link that adds or removes it. Built here rather than in the template, where choosing a label per facet
 * took a dozen expressions for each of the hundred-odd values on every results page.
 */
@Component
class FacetLists {

	/** The facets in the order the page shows them. */
	static final List<Facet> ORDER = List.of(Facet.GOAL, Facet.TARGET, Facet.THEME, Facet.COUNTRY, Facet.CITY,
			Facet.ORGANISATION_TYPE, Facet.YEAR, Facet.BUDGET, Facet.LANGUAGE, Facet.AWARD, Facet.TAKEN_UP);

	private final SdgCatalogue catalogue;

	private final Countries countries;

	private final Members members;

	private final Formats formats;

	private final MessageSource messages;

	FacetLists(SdgCatalogue catalogue, Countries countries, Members members, Formats formats, MessageSource messages) {
		this.catalogue = catalogue;
		this.countries = countries;
		this.members = members;
		this.formats = formats;
		this.messages = messages;
	}

	/** The facets that have values, each with the values to list and, when some are left out, a link to all. */
	List<FacetList> of(CaseSearchQuery query, CaseSearchResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> cityNames = members.cities().stream()
			.collect(Collectors.toMap(c -> String.valueOf(c.getId()), City::getName, (a, b) -> a));
		return ORDER.stream().filter(facet -> !result.facet(facet).isEmpty()).map(facet -> {
			List<FacetCount> counts = result.facet(facet);
			List<Value> values = query.shown(facet, counts).stream().map(c -> new Value(
					label(facet, c.value(), locale, cityNames), "(" + formats.number(c.count()) + ")",
					query.toggle(facet, c.value()), query.isSelected(facet, c.value())))
				.toList();
			String all = values.size() < counts.size() ? query.showAll(facet) : null;
			return new FacetList(facet.param(), values, counts.size(), all);
		}).toList();
	}

	private String label(Facet facet, String value, Locale locale, Map<String, String> cityNames) {
		return switch (facet) {
			case GOAL -> value + ". " + catalogue.goalShort(Integer.parseInt(value), locale);
			case THEME -> catalogue.themeName(value, locale);
			case COUNTRY -> countries.name(value, locale);
			case CITY -> cityNames.getOrDefault(value, value);
			case ORGANISATION_TYPE -> messages.getMessage("organisationType." + value, null, value, locale);
			case BUDGET -> messages.getMessage("search.budget." + value, null, value, locale);
			case LANGUAGE -> formats.language(value);
			case TAKEN_UP -> messages.getMessage("search.takenUp." + value, null, value, locale);
			case TARGET, YEAR, AWARD -> value;
		};
	}

	/** One facet: its parameter name (which names its heading), the values listed, how many there are in all. */
	public record FacetList(String param, List<Value> values, int total, String showAllLink) {
	}

	/** A facet value: label, count as shown, the link that toggles it, whether it is chosen. */
	public record Value(String label, String count, String link, boolean selected) {
	}
}
