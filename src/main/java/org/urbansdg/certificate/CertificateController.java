package org.urbansdg.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;

/**
 * Verification for anyone (a page and JSON), downloads for the recipient, and revocation by the secretariat.
 */
@Controller
class CertificateController {

	static final String VERIFY = "certificate/verify";

	static final String MINE = "certificate/mine";

	static final String ADMIN = "certificate/admin";

	/** What the JSON verification endpoint answers. */
	record Verification(String code, String status, String kind, String recipient, String title, String detail,
			LocalDate issuedOn, String issuedBy, Instant revokedAt, String revokedReason) {

		static Verification of(Certificate c) {
			return new Verification(c.getDisplayCode(), c.isRevoked() ? "REVOKED" : "VALID", c.getKind().name(),
					c.getRecipientName(), c.getTitle(), c.getDetail(), c.getIssuedOn(), c.getIssuedBy(),
					c.getRevokedAt(), c.getRevokedReason());
		}

		static Verification unknown(String code) {
			return new Verification(code, "UNKNOWN", null, null, null, null, null, null, null, null);
		}
	}

	private final Certificates certificates;

	private final CertificatePdf pdf;

	CertificateController(Certificates certificates, CertificatePdf pdf) {
		this.certificates = certificates;
		this.pdf = pdf;
	}

	/** The "Verify a certificate" page: a form, and the answer once a code is typed. */
	@GetMapping("/verify")
	String verify(@RequestParam(required = false) String code, Model model) {
		if (code != null) {
			model.addAttribute("code", code);
			model.addAttribute("certificate", certificates.find(code).orElse(null));
		}
		return VERIFY;
	}

	/** Where the QR code leads. */
	@GetMapping("/verify/{code}")
	String verifyLink(@PathVariable String code, Model model) {
		return verify(code, model);
	}

	@GetMapping(path = "/api/certificates/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Verification> verifyJson(@PathVariable String code) {
		Optional<Certificate> found = certificates.find(code);
		return found.map(c -> ResponseEntity.ok(Verification.of(c)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Verification.unknown(code)));
	}

	@GetMapping("/certificates/{code}.pdf")
	ResponseEntity<byte[]> download(@PathVariable String code, Actor actor) {
		Certificate c = certificates.forDownload(actor, code);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-" + c.getDisplayCode() + ".pdf").build().toString())
			.body(pdf.render(c));
	}

	@GetMapping("/account/certificates")
	String mine(Actor actor, Model model) {
		model.addAttribute("certificates", certificates.ofRecipient(actor.userId()));
		return MINE;
	}

	@GetMapping("/admin/certificates")
	String admin(Model model) {
		model.addAttribute("certificates", certificates.recent());
		return ADMIN;
	}

	@PostMapping("/admin/certificates/{code}/revoke")
	String revoke(@PathVariable String code, @RequestParam(defaultValue = "") String reason, Actor actor,
			RedirectAttributes redirect) {
		certificates.revoke(actor, code, reason);
		redirect.addFlashAttribute("flash", "certificate.revoked");
		return "redirect:/verify/" + Certificates.normalise(code).orElseThrow();
	}
}
