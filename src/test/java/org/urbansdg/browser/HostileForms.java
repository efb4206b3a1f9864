package org.urbansdg.browser;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Fills a form of the page in the browser as a hostile user would: every text field (one-line, text area, address,
 * e-mail) gets payloads from {@link XssCorpus}, whatever the form has; other fields keep what the page set unless the
 * test names a value. Setting values by script is much faster than typing them, and the browser still posts the form
 * as the page built it (its CSRF token, hidden fields, checkboxes and selections).
 */
final class HostileForms {

	private static final String FILL = """
			const [form, label, short, paragraphs, url, email, overrides, limits] = arguments;
			const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
			// Browsers send a text area's line breaks as CR LF, so each counts twice against the server's limit.
			const size = t => t.length + (t.match(/\\n/g) || []).length;
			const corpus = max => {
			  let text = label;
			  for (const p of paragraphs) {
			    if (size(text + '\\n\\n' + p) > max) break;
			    text += '\\n\\n' + p;
			  }
			  return text;
			};
			const filled = [];
			for (const el of Array.from(form.elements)) {
			  const name = el.name;
			  if (!name || el.disabled) continue;
			  const tag = el.tagName, type = (el.type || '').toLowerCase();
			  if (own(overrides, name)) {
			    const v = overrides[name];
			    if (tag === 'SELECT') {
			      const o = Array.from(el.options).find(o => v === '@first' ? o.value !== '' : o.value === v);
			      if (!o) throw new Error('no option ' + v + ' for ' + name);
			      el.value = o.value;
			    } else if (type === 'checkbox' || type === 'radio') {
			      el.checked = el.value === v;
			    } else {
			      el.value = v;
			    }
			    continue;
			  }
			  const max = Math.min(el.maxLength > 0 ? el.maxLength : 1e9, own(limits, name) ? limits[name] : 1e9);
			  if (tag === 'TEXTAREA') el.value = corpus(max);
			  else if (tag === 'INPUT' && ['text', 'search', 'tel'].includes(type)) el.value = (label + ' ' + short).slice(0, max);
			  else if (type === 'url') el.value = url;
			  else if (type === 'email') el.value = email;
			  else continue;
			  filled.push(name);
			}
			return filled;
			""";

	private HostileForms() {
	}

	/**
	 * Fills the form and returns the names of the fields that got payloads. Overrides set a field (a select's
	 * "@first" is its first option with a value; a checkbox or radio is checked when its value is the one given); limits
	 * are the server's length limits of text areas that the page does not state.
	 */
	static List<String> fill(ChromeDriver browser, WebElement form, String label, Map<String, String> overrides,
			Map<String, Integer> limits) {
		List<?> filled = (List<?>) browser.executeScript(FILL, form, label, XssCorpus.SHORT, XssCorpus.LONG,
				XssCorpus.URL, XssCorpus.EMAIL, overrides, limits);
		return filled.stream().map(String::valueOf).toList();
	}

	/** The form's own submit button. */
	static WebElement submitButton(WebElement form) {
		return form.findElement(By.cssSelector("button[type=submit], button:not([type])"));
	}

	/** The error messages the page shows (field errors and the error summary), empty when the form was accepted. */
	static List<String> errors(ChromeDriver browser) {
		return browser.findElements(By.cssSelector(".error-summary, .field-error"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}
}
