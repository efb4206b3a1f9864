package org.urbansdg.cooperation;

/** A message was written in a request's thread; {@link ThreadNotifications} tells the other parties. */
record MessagePosted(long requestId, long messageId) {
}
