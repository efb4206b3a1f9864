package org.urbansdg.sdg;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A global indicator that measures a target, such as 11.2.1. Some indicators are listed under several targets in the
 * UN framework (1.5.1, 11.5.1 and 13.1.1 are one measure); each code is its own row, as in the source files.
 */
@Entity
@Table(name = "sdg_indicator")
public class Indicator {

	static final Pattern CODE = Pattern.compile("(" + Target.CODE.pattern() + ")\\.([1-9][0-9]?)");

	@Id
	private String code;

	private String targetCode;

	private int position;

	protected Indicator() {
	}

	private Indicator(String code, String targetCode, int position) {
		this.code = code;
		this.targetCode = targetCode;
		this.position = position;
	}

	/** The indicator with this code; its target and its place among the target's indicators follow from the code. */
	static Indicator of(String code) {
		Matcher matcher = CODE.matcher(code);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not an indicator code: " + code);
		}
		return new Indicator(code, matcher.group(1), Target.positionOf(matcher.group(4)));
	}

	public String code() {
		return code;
	}

	public String targetCode() {
		return targetCode;
	}

	public int position() {
		return position;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof Indicator indicator && code.equals(indicator.code());
	}

	@Override
	public int hashCode() {
		return code.hashCode();
	}

	@Override
	public String toString() {
		return "Indicator " + code;
	}
}
