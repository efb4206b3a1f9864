package org.urbansdg.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.urbansdg.shared.Mailer;

/**
 * Prints a certificate as a one-page PDF (A4 landscape) with a QR code that opens its verification page. The wording
 * is English, the network's working language. Names need a font that has their letters: set
 * {@code urbansdg.certificate.font-file} to a TrueType font (for example Noto Sans CJK) for names in Asian scripts.
 */
@Component
class CertificatePdf {

	/** @param fontFile a TrueType/OpenType font with the scripts of recipients' names; empty for the default */
	@ConfigurationProperties("urbansdg.certificate")
	record Settings(Path fontFile) {
	}

	/** DejaVu Sans, on most Linux servers, covers Latin, Greek and Cyrillic names. */
	static final Path COMMON_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private final Settings settings;

	private final MessageSource messages;

	private final Mailer mailer;

	CertificatePdf(Settings settings, MessageSource messages, Mailer mailer) {
		this.settings = settings;
		this.messages = messages;
		this.mailer = mailer;
	}

	/** The address the QR code and the printed link lead to. */
	String verificationLink(Certificate certificate) {
		return mailer.link("/verify/" + certificate.getCode());
	}

	byte[] render(Certificate c) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PDPage page = new PDPage(size);
			document.addPage(page);
			PDFont text = font(document);
			PDFont bold = settings.fontFile() == null && !Files.isReadable(COMMON_FONT)
					? new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD) : text;
			float width = size.getWidth();
			try (PDPageContentStream page1 = new PDPageContentStream(document, page)) {
				page1.setLineWidth(3);
				page1.addRect(24, 24, width - 48, size.getHeight() - 48);
				page1.stroke();
				centred(page1, bold, 30, width, 480, message("certificate.pdf.heading." + c.getKind()));
				centred(page1, text, 14, width, 440, message("certificate.pdf.certifies"));
				centred(page1, bold, 26, width, 400, c.getRecipientName());
				centred(page1, text, 14, width, 362, message("certificate.pdf.for." + c.getKind()));
				centred(page1, bold, 18, width, 330, c.getTitle());
				if (c.getDetail() != null) {
					centred(page1, text, 13, width, 302, c.getDetail());
				}
				String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
					.format(c.getIssuedOn());
				centred(page1, text, 12, width, 250, message("certificate.pdf.issued", date, c.getIssuedBy()));
				write(page1, text, 11, 60, 90, message("certificate.pdf.code", c.getDisplayCode()));
				write(page1, text, 9, 60, 72, message("certificate.pdf.verify", verificationLink(c)));
				qr(page1, verificationLink(c), width - 60 - 110, 50, 110);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private PDFont font(PDDocument document) throws IOException {
		Path file = settings.fontFile() != null ? settings.fontFile() : COMMON_FONT;
		if (Files.isReadable(file)) {
			return PDType0Font.load(document, file.toFile());
		}
		return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	}

	private static void centred(PDPageContentStream stream, PDFont font, float size, float pageWidth, float y,
			String text) throws IOException {
		String printable = printable(font, text);
		float textWidth = font.getStringWidth(printable) / 1000 * size;
		write(stream, font, size, (pageWidth - textWidth) / 2, y, printable);
	}

	private static void write(PDPageContentStream stream, PDFont font, float size, float x, float y, String text)
			throws IOException {
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(printable(font, text));
		stream.endText();
	}

	/** Letters the font lacks become '?', rather than failing the whole certificate. */
	private static String printable(PDFont font, String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				out.append(ch);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	private static void qr(PDPageContentStream stream, String content, float x, float y, float size)
			throws IOException {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 1));
			float module = size / matrix.getWidth();
			for (int row = 0; row < matrix.getHeight(); row++) {
				for (int col = 0; col < matrix.getWidth(); col++) {
					if (matrix.get(col, row)) {
						stream.addRect(x + col * module, y + size - (row + 1) * module, module, module);
					}
				}
			}
			stream.fill();
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code for " + content, ex);
		}
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.ENGLISH);
	}
}
