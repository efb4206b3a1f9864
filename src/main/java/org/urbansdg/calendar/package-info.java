/**
 * The network's calendar: events with their time zone, venue and registration, the lists, month view and iCalendar
 * feeds, and registrations on the platform with capacity, waitlist and cancellation by link.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "sdg", "member", "account" })
package org.urbansdg.calendar;
