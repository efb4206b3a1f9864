/**
 * Certificates for completed courses, attended trainings and awards: issued by other modules, printed as PDF with a
 * QR code, and verifiable by anyone by their code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account" })
package org.urbansdg.certificate;
