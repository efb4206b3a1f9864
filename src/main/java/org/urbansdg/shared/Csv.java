package org.urbansdg.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows. A cell that a spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe, so
 * an answer typed by a registrant cannot run in the organiser's spreadsheet.
 */
public final class Csv {

	private Csv() {
	}

	public static String row(List<String> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	public static String cell(String value) {
		String v = value == null ? "" : value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}
}
