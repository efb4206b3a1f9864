package org.urbansdg.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A distinction a case received (such as an award), shown as a badge on its page and as a search facet. */
@Embeddable
record Recognition(@Column(name = "label") String label, @Column(name = "year") int year,
		@Column(name = "link") String link) {
}
