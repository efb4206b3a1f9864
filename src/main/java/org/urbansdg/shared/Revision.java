package org.urbansdg.shared;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** One saved change of any audited entity (Hibernate Envers), with who made it. */
@Entity
@Table(name = "revision")
@RevisionEntity(Revision.WhoChangedIt.class)
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private long timestamp;

	/** The signed-in user's e-mail address, or {@code null} for changes made by the system (imports, demo data). */
	private String username;

	public Long getId() {
		return id;
	}

	public Instant getInstant() {
		return Instant.ofEpochMilli(timestamp);
	}

	public String getUsername() {
		return username;
	}

	public static class WhoChangedIt implements RevisionListener {

		@Override
		public void newRevision(Object revision) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.isAuthenticated()
					&& !"anonymousUser".equals(authentication.getName())) {
				((Revision) revision).username = authentication.getName();
			}
		}
	}
}
