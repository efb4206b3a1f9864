package org.urbansdg.cooperation;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message in the thread (its file comes as a separate part); kept as typed when refused. */
record MessageForm(@NotBlank @Size(max = CooperationMessage.MAX_BODY) String text) implements Serializable {

	static MessageForm empty() {
		return new MessageForm("");
	}
}
