package org.urbansdg.casestudy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who viewed a case, reduced to a digest nobody can read back: HMAC-SHA256 of (day, case, client network) under a
 * random secret of that day. The secret is made by the first node that needs it and kept in the database, so every
 * node computes the same digest; it is deleted with the day's digests once the day is over ({@link CaseViews}),
 * after which not even someone holding the database can test a digest against an address.
 */
@Component
class DailyViewKeys {

	private static final String HMAC = "HmacSHA256";

	private static final int SECRET_BYTES = 32;

	/**
	 * An IPv6 literal (with a zone perhaps): it starts with a hex digit or a colon and has a colon, so InetAddress
	 * parses it or refuses it without ever asking DNS.
	 */
	private static final Pattern IPV6 = Pattern.compile("(?=[^%]*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*(%[\\w.-]+)?");

	private record DayKey(LocalDate day, byte[] secret) {
	}

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	/** The last day's secret this node used, so a view costs no extra query. */
	private volatile DayKey current;

	DailyViewKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The digest standing for this client network having viewed this case on this day. */
	byte[] digest(LocalDate day, long caseId, String address) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(secret(day), HMAC));
			return mac.doFinal((day + "|" + caseId + "|" + network(address)).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	private byte[] secret(LocalDate day) {
		DayKey key = current;
		if (key == null || !key.day().equals(day)) {
			byte[] fresh = new byte[SECRET_BYTES];
			random.nextBytes(fresh);
			// Two nodes may start a day at once: the first insert wins and both read the winner.
			jdbc.sql("insert into case_view_key (day, secret) values (:day, :secret) on conflict (day) do nothing")
				.param("day", day)
				.param("secret", fresh)
				.update();
			byte[] secret = jdbc.sql("select secret from case_view_key where day = :day")
				.param("day", day)
				.query(byte[].class)
				.single();
			Arrays.fill(fresh, (byte) 0);
			key = new DayKey(day, secret);
			current = key;
		}
		return key.secret();
	}

	/** Deletes the secrets of the days before this one. */
	void forgetBefore(LocalDate day) {
		jdbc.sql("delete from case_view_key where day < :day").param("day", day).update();
		DayKey key = current;
		if (key != null && key.day().isBefore(day)) {
			current = null;
		}
	}

	/**
	 * The client's network: an IPv4 address as it is, an IPv6 address cut to its /64, because one household or
	 * server is given a whole /64 and could otherwise count a view from each of its addresses.
	 */
	static String network(String address) {
		if (address == null || !IPV6.matcher(address).matches()) {
			return String.valueOf(address);
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 4) {
				return InetAddress.getByAddress(bytes).getHostAddress(); // an IPv4-mapped IPv6 address
			}
			Arrays.fill(bytes, 8, 16, (byte) 0);
			return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
		}
		catch (UnknownHostException e) {
			return address;
		}
	}
}
