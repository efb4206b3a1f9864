package org.urbansdg.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded file by what it contains, not by its name or the type the browser claims, and by size.
 */
@Component
public class UploadCheck {

	@ConfigurationProperties("urbansdg.uploads")
	public record Settings(@DefaultValue("10MB") DataSize maxSize) {
	}

	public static final Set<String> DOCUMENTS_AND_IMAGES = Set.of("application/pdf", "image/png", "image/jpeg",
			"image/webp", "image/gif");

	public static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");

	/** A checked file, ready to store. */
	public record CheckedFile(String fileName, String contentType, byte[] content) {
	}

	private final Tika tika = new Tika();

	private final Settings settings;

	UploadCheck(Settings settings) {
		this.settings = settings;
	}

	public DataSize maxSize() {
		return settings.maxSize();
	}

	/**
	 * @throws DomainException {@code upload.empty}, {@code upload.tooLarge} or {@code upload.wrongType}
	 */
	public CheckedFile check(MultipartFile file, Set<String> allowedTypes) {
		if (file == null || file.isEmpty()) {
			throw new DomainException("upload.empty");
		}
		if (file.getSize() > settings.maxSize().toBytes()) {
			throw new DomainException("upload.tooLarge", settings.maxSize().toMegabytes());
		}
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readAllBytes();
			String type = tika.detect(content);
			if (!allowedTypes.contains(type)) {
				throw new DomainException("upload.wrongType");
			}
			return new CheckedFile(cleanName(file.getOriginalFilename()), type, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keeps a readable name but drops paths and characters that have no place in a header. */
	static String cleanName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "file" : name;
	}
}
