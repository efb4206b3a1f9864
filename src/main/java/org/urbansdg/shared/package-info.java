/**
 * What every module uses: the page layout, security, locales and messages, error pages, mail, uploaded-file checks,
 * money and the embedded database that makes the platform start with nothing configured.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.urbansdg.shared;
