package org.urbansdg.casestudy;

import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Officials on slow links: pages stay small and static files are cached. */
@PlatformTest
class PageWeightTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseStudyRepository cases;

	@Test
	void theLongestDemoCasePageStaysUnder100KilobytesEvenUncompressed() throws Exception {
		CaseStudy longest = cases.findAll()
			.stream()
			.filter(c -> c.getStatus() == CaseStatus.PUBLISHED)
			.max(Comparator.comparingInt(c -> String.valueOf(c.getNarrative().text(CaseSection.BACKGROUND)).length()
					+ String.valueOf(c.getNarrative().text(CaseSection.STRATEGY)).length()
					+ String.valueOf(c.getNarrative().text(CaseSection.RESULTS)).length()))
			.orElseThrow();
		byte[] page = mvc.perform(get("/cases/" + longest.getId())).andReturn().getResponse().getContentAsByteArray();
		assertThat(page.length).isBetween(5_000, 100_000);
	}

	@Test
	void staticFilesAreCachedForAYearUnderVersionedNames() throws Exception {
		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String css = home.replaceAll("(?s).*href=\"(/assets/css/site-[0-9a-f]{32}\\.css)\".*", "$1");
		assertThat(css).startsWith("/assets/css/site-");
		mvc.perform(get(css))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, public"));
	}
}
