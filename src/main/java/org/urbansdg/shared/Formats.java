package org.urbansdg.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money in the viewer's language, for templates ({@code ${@fmt.date(c.publishedAt)}}). The
 * locale is the request's; times are shown in UTC until users can choose a time zone.
 */
@Component("fmt")
public class Formats {

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

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

	/** A moment in an event's own zone, with the zone's id ("12 Mar 2027, 09:30 Asia/Seoul"). */
	public String zoned(ZonedDateTime value) {
		if (value == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale())
			.format(value) + " " + value.getZone().getId();
	}

	/** The time of day only, in the value's own zone. */
	public String time(ZonedDateTime value) {
		return value == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(value);
	}

	/**
	 * How long ago or how far ahead a moment is ("3 months ago", "in 2 days"), from the {@code relative.*} messages.
	 * Java 17 has no relative-time formatter and ICU4J is a 14 MB dependency for one phrase, so the phrases are in
	 * the message bundles with choice formats, like every other text, and each language words them itself.
	 */
	public String relative(Instant value) {
		return value == null ? "" : relative(value, Instant.now(), locale());
	}

	String relative(Instant value, Instant now, Locale locale) {
		long seconds = Duration.between(now, value).getSeconds();
		boolean future = seconds > 0;
		long abs = Math.abs(seconds);
		String unit;
		long amount;
		if (abs < 60) {
			return messages.getMessage("relative.now", null, locale);
		}
		else if (abs < 3600) {
			unit = "minute";
			amount = abs / 60;
		}
		else if (abs < 86_400) {
			unit = "hour";
			amount = abs / 3600;
		}
		else if (abs < 7 * 86_400) {
			unit = "day";
			amount = abs / 86_400;
		}
		else if (abs < 30 * 86_400) {
			unit = "week";
			amount = abs / (7 * 86_400);
		}
		else if (abs < 365 * 86_400) {
			unit = "month";
			amount = abs / (30 * 86_400);
		}
		else {
			unit = "year";
			amount = abs / (365 * 86_400);
		}
		return messages.getMessage("relative." + (future ? "future." : "past.") + unit, new Object[] { amount }, locale);
	}

	public String number(Number value) {
		return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** A number with up to two decimals, such as a weighted score. */
	public String decimal(Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(2);
		return format.format(value);
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
