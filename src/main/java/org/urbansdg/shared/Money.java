package org.urbansdg.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Converts budgets to US dollars so that cases from different countries can be compared. The rates are configured
 * (units of the currency per US dollar); they are reference values, not live quotes.
 */
@Component
public class Money {

	@ConfigurationProperties("urbansdg.money")
	public record Settings(Map<String, BigDecimal> unitsPerUsd) {
		public Settings {
			unitsPerUsd = unitsPerUsd == null ? Map.of() : Map.copyOf(unitsPerUsd);
		}
	}

	private final Settings settings;

	Money(Settings settings) {
		this.settings = settings;
	}

	public boolean knows(String currency) {
		return "USD".equals(currency) || settings.unitsPerUsd().containsKey(currency);
	}

	public Set<String> currencies() {
		TreeSet<String> all = new TreeSet<>(settings.unitsPerUsd().keySet());
		all.add("USD");
		return all;
	}

	/** @throws DomainException {@code money.unknownCurrency} for a currency without a configured rate */
	public BigDecimal toUsd(BigDecimal amount, String currency) {
		if ("USD".equals(currency)) {
			return amount.setScale(0, RoundingMode.HALF_UP);
		}
		BigDecimal rate = settings.unitsPerUsd().get(currency);
		if (rate == null) {
			throw new DomainException("money.unknownCurrency", currency);
		}
		return amount.divide(rate, 0, RoundingMode.HALF_UP);
	}
}
