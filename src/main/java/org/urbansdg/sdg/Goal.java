package org.urbansdg.sdg;

import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the 17 Sustainable Development Goals. Its texts live in {@link SdgCatalogue}, per language. */
@Entity
@Table(name = "sdg_goal")
class Goal {

	static final int COUNT = 17;

	private static final Pattern COLOUR = Pattern.compile("#[0-9A-F]{6}");

	@Id
	private int number;

	// CHAR(7) in the schema: a colour always has seven characters.
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 7)
	private String colour;

	protected Goal() {
	}

	Goal(int number, String colour) {
		if (number < 1 || number > COUNT) {
			throw new IllegalArgumentException("There is no SDG " + number);
		}
		if (colour == null || !COLOUR.matcher(colour).matches()) {
			throw new IllegalArgumentException("Goal " + number + " needs a colour like #FD9D24, not " + colour);
		}
		this.number = number;
		this.colour = colour;
	}

	public int number() {
		return number;
	}

	/** The official SDG colour as {@code #RRGGBB}. */
	public String colour() {
		return colour;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof Goal goal && number == goal.number();
	}

	@Override
	public int hashCode() {
		return Integer.hashCode(number);
	}

	@Override
	public String toString() {
		return "SDG " + number;
	}
}
