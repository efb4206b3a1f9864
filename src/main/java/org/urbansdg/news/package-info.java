/**
 * The network's news: posts with a cover image, tags, goals and related organisations, cases and events, written by
 * the secretariat as drafts, scheduled or published, with an Atom feed of all posts and one per tag.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "sdg", "member", "account" })
package org.urbansdg.news;
