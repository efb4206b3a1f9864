package org.urbansdg.cooperation;

/** By when the requesting city hopes to have used what it learns. */
enum Timeframe {
	WITHIN_3_MONTHS, WITHIN_6_MONTHS, WITHIN_A_YEAR, LONGER
}
