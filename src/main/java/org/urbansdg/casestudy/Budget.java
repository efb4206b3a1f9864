package org.urbansdg.casestudy;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.urbansdg.shared.Money;

/**
 * What a practice cost, in the currency it was paid in and converted to US dollars at the platform's rates when it
 * was entered (the search facet and comparisons across cities use the dollars).
 */
@Embeddable
class Budget {

	static final String USD = "USD";

	@Column(name = "budget_amount")
	private BigDecimal amount;

	@Column(name = "budget_currency")
	private String currency;

	@Column(name = "budget_usd")
	private BigDecimal usd;

	protected Budget() {
	}

	private Budget(BigDecimal amount, String currency, BigDecimal usd) {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A budget cannot be negative: " + amount);
		}
		this.amount = amount;
		this.currency = currency;
		this.usd = usd;
	}

	/**
	 * An amount in a currency the platform converts.
	 * @throws IllegalArgumentException for a negative amount (the form refuses one first, with a message)
	 * @throws org.urbansdg.shared.DomainException {@code money.unknownCurrency} for a currency without a rate
	 */
	static Budget of(BigDecimal amount, String currency, Money money) {
		return new Budget(amount, currency, money.toUsd(amount, currency));
	}

	public BigDecimal getAmount() {
		return amount;
	}

	/** ISO 4217 code. */
	public String getCurrency() {
		return currency;
	}

	public BigDecimal getUsd() {
		return usd;
	}

	/** Whether it was given in another currency than dollars (the page then shows the dollars too). */
	public boolean isConverted() {
		return !USD.equals(currency);
	}

	/** Whole dollars, for the search facet. */
	Long wholeUsd() {
		return usd == null ? null : usd.longValue();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Budget b && Objects.equals(b.amount, amount) && Objects.equals(b.currency, currency)
				&& Objects.equals(b.usd, usd);
	}

	@Override
	public int hashCode() {
		return Objects.hash(amount, currency, usd);
	}
}
