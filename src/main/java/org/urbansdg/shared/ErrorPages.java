package org.urbansdg.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns failures into a plain page with a translated message; a stack trace never reaches the browser. */
@ControllerAdvice
class ErrorPages {

	static final String VIEW = "shared/error";

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	String notFound(HttpServletResponse response, Model model) {
		return page(response, model, 404, "error.notFound");
	}

	/** A malformed id in the path names nothing (404); a malformed or missing form value is a bad request (400). */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	String badValue(Exception ex, HttpServletResponse response, Model model) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return page(response, model, 404, "error.notFound");
		}
		return page(response, model, 400, "error.badRequest");
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	void denied(RuntimeException ex) {
		// Let Spring Security decide: sign-in page for visitors, 403 page for signed-in users.
		throw ex;
	}

	@ExceptionHandler(DomainException.class)
	String refused(DomainException ex, HttpServletResponse response, Model model, Locale locale) {
		model.addAttribute("messageArguments", arguments(ex, locale));
		return page(response, model, 409, ex.messageKey());
	}

	/** A list of message keys among the arguments (such as the missing parts of a form) becomes one translated list. */
	private Object[] arguments(DomainException ex, Locale locale) {
		return Arrays.stream(ex.arguments()).map(argument -> {
			if (argument instanceof Collection<?> keys) {
				return keys.stream()
					.map(key -> messages.getMessage(String.valueOf(key), null, String.valueOf(key), locale))
					.collect(Collectors.joining(", "));
			}
			return argument;
		}).toArray();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response, Model model) {
		return page(response, model, 413, "error.uploadTooLarge");
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletResponse response, Model model) {
		log.error("Unexpected error", ex);
		return page(response, model, 500, "error.unexpected");
	}

	private static String page(HttpServletResponse response, Model model, int status, String messageKey) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("messageKey", messageKey);
		return VIEW;
	}
}
