package org.urbansdg.certificate;

/** A certificate was issued; the module that asked for it can tell the recipient. */
public record CertificateIssued(String code, Long recipientUserId, Certificate.Kind kind, String sourceType,
		long sourceId) {
}
