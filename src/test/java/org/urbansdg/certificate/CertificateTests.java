package org.urbansdg.certificate;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

@PlatformTest
class CertificateTests {

	static final AtomicLong SOURCE = new AtomicLong(System.nanoTime());

	@Autowired
	MockMvc mvc;

	@Autowired
	Certificates certificates;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	People people;

	Person learner;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		learner = people.member();
	}

	Certificate issue(String name) {
		return certificates.issue(new Certificates.Issue(Certificate.Kind.COURSE, name, learner.id(),
				"Planning for flood resilience", "12 hours", LocalDate.of(2026, 11, 20), "CityNet and UN ESCAP",
				"test", SOURCE.incrementAndGet()));
	}

	@Test
	void anyoneVerifiesACertificateByItsCodeTypedLoosely() throws Exception {
		Certificate c = issue("Nguyen Thi Lan");
		String typed = c.getDisplayCode().toLowerCase().replace("-", " ");
		mvc.perform(get("/verify").param("code", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This certificate is valid")))
			.andExpect(content().string(containsString("Nguyen Thi Lan")))
			.andExpect(content().string(containsString("Planning for flood resilience")));
		mvc.perform(get("/api/certificates/" + c.getCode()))
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.recipient").value("Nguyen Thi Lan"))
			.andExpect(jsonPath("$.issuedOn").value("2026-11-20"));
	}

	@Test
	void unknownAndForgedCodesAreSaidPlainly() throws Exception {
		mvc.perform(get("/verify").param("code", "ZZZZ-ZZZZ-ZZZZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No certificate has this code")));
		mvc.perform(get("/verify").param("code", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No certificate has this code")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		mvc.perform(get("/api/certificates/NOT-A-CODE")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value("UNKNOWN"));
	}

	@Test
	void issuingTwiceForTheSameSourceGivesTheSameCertificate() {
		long source = SOURCE.incrementAndGet();
		Certificates.Issue issue = new Certificates.Issue(Certificate.Kind.TRAINING, "Aroha Smith", learner.id(),
				"Resilient ports training", null, LocalDate.of(2026, 10, 1), "CityNet", "application", source);
		assertThat(certificates.issue(issue).getCode()).isEqualTo(certificates.issue(issue).getCode());
	}

	@Test
	void revokedCertificatesShowAsRevoked() throws Exception {
		Certificate c = issue("Revoked Person");
		mvc.perform(post("/admin/certificates/" + c.getCode() + "/revoke").with(csrf()).with(as(learner))
			.param("reason", "mine")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/certificates/" + c.getCode() + "/revoke").with(csrf())
			.with(as(people.secretariat()))
			.param("reason", "Issued to the wrong person")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/verify/" + c.getCode()))
			.andExpect(content().string(containsString("This certificate has been revoked")))
			.andExpect(content().string(containsString("Issued to the wrong person")));
		mvc.perform(get("/api/certificates/" + c.getCode())).andExpect(jsonPath("$.status").value("REVOKED"));
	}

	@Test
	void aRevocationReasonTooLongIsRefusedAndTheCertificateStaysValid() throws Exception {
		Certificate c = issue("Long Reason Person");
		mvc.perform(post("/admin/certificates/" + c.getCode() + "/revoke").with(csrf())
			.with(as(people.secretariat()))
			.param("reason", "r".repeat(600)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Keep the reason to 500 characters at most.")));
		mvc.perform(get("/api/certificates/" + c.getCode())).andExpect(jsonPath("$.status").value("VALID"));
	}

	@Test
	void thePdfCarriesTheDetailsAndAQrCodeThatOpensTheVerificationPage() throws Exception {
		Certificate c = issue("Siosaia Tupou");
		byte[] pdf = mvc.perform(get("/certificates/" + c.getCode() + ".pdf").with(as(learner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Siosaia Tupou", "Planning for flood resilience", "12 hours",
					c.getDisplayCode(), "CityNet and UN ESCAP");
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
			String qr = new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
				.getText();
			assertThat(qr).isEqualTo("http://localhost/verify/" + c.getCode());
			mvc.perform(get(qr.replace("http://localhost", "")))
				.andExpect(content().string(containsString("This certificate is valid")));
		}
	}

	@Test
	void onlyTheRecipientAndTheSecretariatDownloadThePdf() throws Exception {
		Certificate c = issue("Private Person");
		mvc.perform(get("/certificates/" + c.getCode() + ".pdf").with(as(people.member())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificates/" + c.getCode() + ".pdf").with(as(people.secretariat())))
			.andExpect(status().isOk());
		mvc.perform(get("/certificates/" + c.getCode() + ".pdf"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/account/certificates").with(as(learner)))
			.andExpect(content().string(containsString(c.getDisplayCode())));
	}
}
