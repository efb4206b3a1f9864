package org.urbansdg.shared;

/**
 * A rule of the domain refused an action. The message key names what went wrong for the user; the web layer shows it
 * translated and the action changes nothing.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}
}
