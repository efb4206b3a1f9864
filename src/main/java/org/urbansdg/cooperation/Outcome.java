package org.urbansdg.cooperation;

import org.urbansdg.casestudy.PracticeTakenUp;

/** What came of a cooperation, recorded when it closes. Only the first two are counted back on the case. */
enum Outcome {

	REPLICATED, ADAPTED, INSPIRED, NOT_PURSUED;

	/** The uptake this outcome announces, or {@code null} for outcomes that are not counted back. */
	PracticeTakenUp.Uptake uptake() {
		return switch (this) {
			case REPLICATED -> PracticeTakenUp.Uptake.REPLICATED;
			case ADAPTED -> PracticeTakenUp.Uptake.ADAPTED;
			case INSPIRED, NOT_PURSUED -> null;
		};
	}
}
