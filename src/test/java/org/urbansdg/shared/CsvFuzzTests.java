package org.urbansdg.shared;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test of the CSV the platform writes (registrants, enrolments, nominations, scores): the platform imports no CSV,
 * so the cells that arrive are whatever users typed. Whatever they are, an RFC 4180 reader (Commons CSV) reads back
 * exactly one record with the same cells, and no cell starts with a character that makes a spreadsheet run it as a
 * formula. Input: cells separated by U+001F (the bytes as UTF-8); seeds in {@code CsvFuzzTestsInputs}.
 */
class CsvFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void everyCellReadsBackAndNoneIsAFormula(byte[] bytes) throws IOException {
		List<String> cells = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\u001f", -1));
		String row = Csv.row(cells);

		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(row)).getRecords();
		assertThat(records).hasSize(1);
		List<String> read = new ArrayList<>(records.get(0).toList());
		assertThat(read).hasSameSizeAs(cells);
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			String expected = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
			assertThat(read.get(i)).isEqualTo(expected);
			assertThat(read.get(i)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
				.doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
		}
	}
}
