package org.urbansdg.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.urbansdg.casestudy.CaseStudies;

/**
 * The course as a PDF of its text for reading offline: lessons as plain text (Markdown read, never run), with the
 * addresses of videos, materials and case studies written out so that they can be typed in later.
 */
@Component
class OfflinePdf {

	/**
	 * @param fontFile the TrueType font of the PDF: the certificates' setting, so one font serves both; DejaVu Sans
	 * by default, Helvetica (letters it lacks become {@code ?}) when the file cannot be read. Bound as text, as
	 * {@code @Value} did: Spring's conversion to {@link Path} would read it as a web resource.
	 */
	@ConfigurationProperties("urbansdg.certificate")
	record Settings(@DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") String fontFile) {
	}

	private static final float MARGIN = 56;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private final Path fontFile;

	private final MessageSource messages;

	private final Parser parser = Parser.builder().build();

	private final TextContentRenderer text = TextContentRenderer.builder().build();

	OfflinePdf(Settings settings, MessageSource messages) {
		this.fontFile = Path.of(settings.fontFile());
		this.messages = messages;
	}

	byte[] render(Course course, Map<Long, List<CaseStudies.Card>> cases, String site, Locale locale) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(course.getTitle());
			PDFont font = Files.isReadable(fontFile) ? PDType0Font.load(document, fontFile.toFile())
					: new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			Writer w = new Writer(document, font);
			w.paragraph(course.getTitle(), 20);
			w.paragraph(plain(course.getSummary()), 11);
			w.paragraph(message("learning.pdf.source", locale, site + "/courses/" + course.getId()), 9);
			for (CourseModule module : course.getModules()) {
				w.gap();
				w.paragraph(module.getPosition() + ". " + module.getTitle(), 16);
				for (Lesson lesson : module.getLessons()) {
					w.paragraph(module.getPosition() + "." + lesson.getPosition() + " " + lesson.getTitle(), 13);
					w.paragraph(plain(lesson.getBody()), 11);
					if (lesson.getVideoUrl() != null) {
						w.paragraph(message("learning.pdf.video", locale, lesson.getVideoUrl()), 10);
					}
					for (Lesson.Material m : lesson.getMaterials()) {
						w.paragraph("• " + m.label() + ": " + m.url(), 10);
					}
					for (CaseStudies.Card card : cases.getOrDefault(lesson.getId(), List.of())) {
						w.paragraph("• " + message("learning.pdf.case", locale, card.title(),
								site + "/cases/" + card.id()), 10);
					}
				}
				if (module.hasQuiz()) {
					w.paragraph(message("learning.pdf.quiz", locale, module.getQuestions().size(),
							site + "/courses/" + course.getId() + "/modules/" + module.getId() + "/quiz"), 10);
				}
			}
			w.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String plain(String markdown) {
		return text.render(parser.parse(markdown == null ? "" : markdown)).strip();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** Writes wrapped lines top to bottom, starting a new page when one is full. */
	private static final class Writer {

		private final PDDocument document;

		private final PDFont font;

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument document, PDFont font) throws IOException {
			this.document = document;
			this.font = font;
			newPage();
		}

		void gap() {
			y -= 8;
		}

		void paragraph(String text, float size) throws IOException {
			for (String block : text.split("\\R")) {
				for (String line : wrap(printable(block), size)) {
					if (y - size * 1.4f < MARGIN) {
						newPage();
					}
					y -= size * 1.4f;
					stream.beginText();
					stream.setFont(font, size);
					stream.newLineAtOffset(MARGIN, y);
					stream.showText(line);
					stream.endText();
				}
			}
			y -= size * 0.6f;
		}

		private List<String> wrap(String text, float size) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, size) <= WIDTH || line.isEmpty()) {
					line.setLength(0);
					line.append(candidate);
				}
				else {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
			}
			lines.add(line.toString());
			return lines;
		}

		private float width(String text, float size) throws IOException {
			return font.getStringWidth(text) / 1000 * size;
		}

		/** Letters the font lacks become '?', rather than failing the whole package. */
		private String printable(String text) {
			StringBuilder out = new StringBuilder();
			text.replace('\t', ' ').codePoints().forEach(cp -> {
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

		private void newPage() throws IOException {
			if (stream != null) {
				stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void close() throws IOException {
			stream.close();
		}
	}
}
