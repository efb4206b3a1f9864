package org.urbansdg.learning;

/** What describes a course, checked by the course form before it reaches an entity. */
record CourseDetails(String title, String summary, String language, Course.Level level, int estimatedHours) {
}
