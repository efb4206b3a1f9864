package org.urbansdg.sdg;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A target of a goal, such as 11.2 or 11.a. Case studies are mapped to targets. */
@Entity
@Table(name = "sdg_target")
public class Target {

	static final Pattern CODE = Pattern.compile("([1-9][0-9]?)\\.([1-9][0-9]?|[a-z])");

	@Id
	private String code;

	private int goalNumber;

	private int position;

	protected Target() {
	}

	private Target(String code, int goalNumber, int position) {
		this.code = code;
		this.goalNumber = goalNumber;
		this.position = position;
	}

	/** The target with this code; its goal and its place among the goal's targets follow from the code. */
	static Target of(String code) {
		Matcher matcher = CODE.matcher(code);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a target code: " + code);
		}
		return new Target(code, Integer.parseInt(matcher.group(1)), positionOf(matcher.group(2)));
	}

	/**
	 * Where a numbered or lettered part sorts among its siblings: 1, 2, ... 19, then a, b, c (the means of
	 * implementation). Sorting the codes as text would put 11.10 before 11.2. Derived from the code alone, so a target
	 * added later never moves the others.
	 */
	static int positionOf(String part) {
		char first = part.charAt(0);
		return Character.isDigit(first) ? Integer.parseInt(part) : 100 + (first - 'a' + 1);
	}

	public String code() {
		return code;
	}

	public int goalNumber() {
		return goalNumber;
	}

	public int position() {
		return position;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof Target target && code.equals(target.code());
	}

	@Override
	public int hashCode() {
		return code.hashCode();
	}

	@Override
	public String toString() {
		return "Target " + code;
	}
}
