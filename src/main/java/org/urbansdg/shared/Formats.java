package org.urbansdg.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money in the viewer's language, for templates ({@code ${@fmt.date(c.publishedAt)}}). The
 * locale is the request's; times are shown in UTC until users can choose a time zone.
 */
@Component("fmt")
public class Formats {

	static final ZoneId ZONE = ZoneId.of("UTC");

	public String date(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		TemporalAccessor zoned = value instanceof Instant instant ? instant.atZone(ZONE) : value;
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(zoned);
	}

	public String dateTime(Instant value) {
		if (value == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale())
			.format(value.atZone(ZONE)) + " UTC";
	}

	/** ISO form for the datetime attribute of {@code <time>}. */
	public String iso(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return value instanceof LocalDate d ? d.toString() : DateTimeFormatter.ISO_INSTANT.format(value);
	}

	public String number(Number value) {
		return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
	}

	public String money(BigDecimal amount, String currency) {
		if (amount == null || currency == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(Currency.getInstance(currency));
		format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		return format.format(amount);
	}

	/** Whether a moment lies more than the given number of days back. */
	public boolean olderThanDays(Instant value, long days) {
		return value != null && value.isBefore(Instant.now().minus(Duration.ofDays(days)));
	}

	/** A language's name in the viewer's language, from its tag. */
	public String language(String tag) {
		return tag == null ? "" : Locale.forLanguageTag(tag).getDisplayLanguage(locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
