package org.urbansdg.cooperation;

/** The size of the requesting city, in bands: enough to judge whether a practice fits, without exact figures. */
enum PopulationBand {
	UNDER_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, OVER_5M
}
