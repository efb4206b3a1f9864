package org.urbansdg.casestudy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the distinctions other modules announce on their cases, after the granting transaction commits (through
 * the event registry, so none is lost on a crash).
 */
@Component
class CaseRecognitions {

	private static final Logger log = LoggerFactory.getLogger(CaseRecognitions.class);

	private final CaseStudyRepository cases;

	CaseRecognitions(CaseStudyRepository cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(CaseStudyRecognised event) {
		// Cases are never deleted; an unknown id is logged rather than retried on every restart.
		cases.findById(event.caseStudyId()).ifPresentOrElse(
				c -> c.recognise(new Recognition(event.label(), event.year(), event.link())),
				() -> log.warn("Recognition \"{}\" for unknown case {} ignored", event.label(), event.caseStudyId()));
	}
}
