package org.urbansdg.sdg;

/**
 * An Open SDG translation file could not be imported. The message names the file and the key at fault; nothing of
 * the import was written.
 */
class SdgImportException extends RuntimeException {

	SdgImportException(String message) {
		super(message);
	}

	SdgImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
