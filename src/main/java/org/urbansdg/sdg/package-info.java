/**
 * The shared catalogue of the UN Sustainable Development Goals (goals, targets and indicators with their texts in each
 * language, imported from Open SDG translation files) and the themes that case studies are filed under.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.urbansdg.sdg;
