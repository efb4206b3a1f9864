package org.urbansdg.cooperation;

/** What the requesting city could spend on taking a practice up, in US dollar bands. */
enum BudgetBand {
	UNDER_50K, FROM_50K_TO_250K, FROM_250K_TO_1M, OVER_1M, NOT_KNOWN_YET
}
