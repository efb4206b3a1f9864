/**
 * Suggests SDG targets for the case an editor is writing, learnt from the official target texts and published cases.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "sdg", "account", "casestudy" })
package org.urbansdg.suggest;
