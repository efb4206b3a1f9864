/**
 * The case-study repository: cities' good practices mapped to SDG targets, their review workflow, revisions,
 * attachments, comments and the public pages that show them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "sdg", "member", "account" })
package org.urbansdg.casestudy;
