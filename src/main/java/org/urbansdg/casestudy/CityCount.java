package org.urbansdg.casestudy;

import org.urbansdg.member.City;

/** A city and how many of its published cases share targets with a given case. */
record CityCount(City city, long cases) {
}
