package org.urbansdg.casestudy;

/** Where a case study is in its life: draft → submitted → (returned | published) → archived. */
enum CaseStatus {
	DRAFT, SUBMITTED, RETURNED, PUBLISHED, ARCHIVED;

	boolean editableByEditors() {
		return this == DRAFT || this == RETURNED;
	}

	boolean isPublic() {
		return this == PUBLISHED || this == ARCHIVED;
	}
}
