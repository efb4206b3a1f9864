package org.urbansdg.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
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

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
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

	/** A rate limit was reached ({@link RateLimits}): say when to try again, in seconds for clients, minutes for people. */
	@ExceptionHandler(TooManyRequestsException.class)
	String tooMany(TooManyRequestsException ex, HttpServletResponse response, Model model) {
		long seconds = ex.retryAfterSeconds();
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		model.addAttribute("messageArguments", new Object[] { (seconds + 59) / 60 });
		return page(response, model, 429, "error.tooManyRequests");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response, Model model) {
		return page(response, model, 413, "error.uploadTooLarge");
	}

	/**
	 * What the framework refuses before a handler runs (a wrong method, an unreadable body, a form value that cannot
	 * be bound, a missing part) is the client's mistake, answered with its own 4xx status; only the rest is a 500.
	 */
	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletResponse response, Model model) {
		int status = clientError(ex);
		if (status > 0) {
			log.debug("Refused a bad request: {}", ex.toString());
			if (ex instanceof ErrorResponse framework) {
				framework.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			}
			return page(response, model, status, status == 404 ? "error.notFound" : "error.badRequest");
		}
		log.error("Unexpected error", ex);
		return page(response, model, 500, "error.unexpected");
	}

	/** The 4xx status of a request the framework could not take, or 0 when the failure is ours. */
	private static int clientError(Exception ex) {
		if (ex instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
			return framework.getStatusCode().value();
		}
		// RequestRejectedException: Spring Security's firewall checks parameter names only when the page reads them
		// (a control character in a name), so its refusal arrives here rather than at the filter chain.
		if (ex instanceof HttpMessageNotReadableException || ex instanceof BindException
				|| ex instanceof TypeMismatchException || ex instanceof MultipartException
				|| ex instanceof RequestRejectedException) {
			return 400;
		}
		return 0;
	}

	private static String page(HttpServletResponse response, Model model, int status, String messageKey) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("messageKey", messageKey);
		return VIEW;
	}
}
