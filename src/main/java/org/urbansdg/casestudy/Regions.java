package org.urbansdg.casestudy;

import java.util.HashMap;
import java.util.Map;

/**
 * The UN M49 sub-region of a country, for "same region" when matching practices: a city in Viet Nam learns more
 * easily from Manila than from Helsinki. The JDK has no such data, and the platform's members are in Asia and the
 * Pacific, so only those sub-regions are listed; a country elsewhere is a region of its own.
 */
final class Regions {

	private static final Map<String, String> SUB_REGION = new HashMap<>();

	static {
		put("eastern-asia", "CN", "HK", "MO", "TW", "JP", "KR", "KP", "MN");
		put("south-eastern-asia", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN");
		put("southern-asia", "AF", "BD", "BT", "IN", "IR", "MV", "NP", "PK", "LK");
		put("central-asia", "KZ", "KG", "TJ", "TM", "UZ");
		put("australia-new-zealand", "AU", "NZ");
		put("melanesia", "FJ", "NC", "PG", "SB", "VU");
		put("micronesia", "FM", "GU", "KI", "MH", "MP", "NR", "PW");
		put("polynesia", "AS", "CK", "NU", "PF", "PN", "TK", "TO", "TV", "WF", "WS");
	}

	private Regions() {
	}

	private static void put(String region, String... countries) {
		for (String country : countries) {
			SUB_REGION.put(country, region);
		}
	}

	/** Whether both countries are known and in the same sub-region (the same country always is). */
	static boolean same(String country, String other) {
		if (country == null || other == null) {
			return false;
		}
		return country.equals(other) || SUB_REGION.containsKey(country)
				&& SUB_REGION.get(country).equals(SUB_REGION.get(other));
	}
}
