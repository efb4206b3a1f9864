package org.urbansdg.browser;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a page that shows hostile content must not have. The Content Security Policy blocks inline scripts and
 * handlers, so a payload that escaped its escaping usually does not run but is refused: Chromium reports each refusal
 * on the console, which the driver reads back ({@code goog:loggingPrefs} in {@link Browser}). The DOM is checked too,
 * so an escape is found even where the policy would not report it (a {@code javascript:} link nobody clicked).
 */
final class XssChecks {

	/** Finds what would run or navigate to script, in the page as the browser built it. */
	private static final String DOM = """
			const found = [];
			const short = el => el.outerHTML.slice(0, 160);
			if (window.__xss !== undefined) found.push('a payload ran: window.__xss = ' + window.__xss);
			const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
			for (const el of document.querySelectorAll('*')) {
			  for (const a of el.attributes) {
			    const name = a.name.toLowerCase();
			    const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
			    if (name.startsWith('on') || name.startsWith('hx-on') || name.startsWith('data-hx-on') || name === 'srcdoc') {
			      found.push('attribute ' + name + ' in ' + short(el));
			    }
			    if (urlAttributes.includes(name) && /^(javascript|vbscript|data:text\\/html)/.test(value)) {
			      found.push('script address in ' + short(el));
			    }
			  }
			}
			for (const s of document.querySelectorAll('script')) {
			  if (s.type === 'application/ld+json') {
			    try { JSON.parse(s.textContent); } catch (e) { found.push('JSON-LD no longer parses: ' + short(s)); }
			  } else if (!s.src || new URL(s.src).origin !== location.origin) {
			    found.push('script not from the site: ' + short(s));
			  }
			}
			for (const el of document.querySelectorAll('base, object, embed, meta[http-equiv], iframe[srcdoc]')) {
			  found.push('element ' + short(el));
			}
			for (const f of document.forms) {
			  if (new URL(f.action, location.href).origin !== location.origin) found.push('foreign form ' + short(f));
			}
			const html = document.documentElement.outerHTML;
			for (const m of html.matchAll(/x(?:49|class java\\.lang\\.Runtime)x/g)) found.push('template evaluated: ' + m[0]);
			return found;
			""";

	private XssChecks() {
	}

	/** Everything wrong with the page: DOM findings and Content Security Policy reports since the last call. */
	static List<String> problems(ChromeDriver browser) {
		List<String> problems = new ArrayList<>();
		for (Object finding : (List<?>) browser.executeScript(DOM)) {
			problems.add(String.valueOf(finding));
		}
		problems.addAll(cspReports(browser));
		return problems;
	}

	/**
	 * Console messages about the Content Security Policy since the last read (the driver hands each entry out once).
	 * "Refused to execute inline script", "... inline event handler", "Refused to apply inline style" and the like.
	 */
	static List<String> cspReports(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
			.toList();
	}
}
