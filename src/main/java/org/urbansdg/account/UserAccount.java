package org.urbansdg.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	private boolean emailConfirmed;

	private boolean enabled = true;

	@ManyToOne
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	private Affiliation affiliation = Affiliation.NONE;

	private String jobTitle;

	private String preferredLanguage;

	private Instant createdAt;

	/** Moves on when the account's sessions must end; a session signed in at an older version no longer counts. */
	private int sessionVersion;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected UserAccount() {
	}

	UserAccount(String email, String displayName, String passwordHash, String preferredLanguage) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.preferredLanguage = preferredLanguage;
		this.createdAt = Instant.now();
	}

	void confirmEmail() {
		emailConfirmed = true;
		roles.add(Role.MEMBER);
	}

	/** A new password ends every session signed in with the old one. */
	void changePassword(String newHash) {
		passwordHash = newHash;
		endSessions();
	}

	/** The same password stored with a newer scheme: nothing for the sessions to notice. */
	void rehashPassword(String newHash) {
		passwordHash = newHash;
	}

	/** A disabled account cannot sign in, and its sessions end. */
	void disable() {
		enabled = false;
		endSessions();
	}

	void enable() {
		enabled = true;
	}

	void endSessions() {
		sessionVersion++;
	}

	void updateProfile(String displayName, String jobTitle, String preferredLanguage) {
		this.displayName = displayName;
		this.jobTitle = jobTitle;
		this.preferredLanguage = preferredLanguage;
	}

	/** Asking to act for another organisation drops what was granted for the previous one. */
	void requestAffiliation(Organisation requested) {
		if (requested == null) {
			organisation = null;
			affiliation = Affiliation.NONE;
			roles.removeAll(EnumSet.of(Role.EDITOR, Role.FOCAL_POINT));
			return;
		}
		if (organisation != null && organisation.getId().equals(requested.getId())) {
			return;
		}
		organisation = requested;
		affiliation = Affiliation.REQUESTED;
		roles.removeAll(EnumSet.of(Role.EDITOR, Role.FOCAL_POINT));
	}

	void decideAffiliation(boolean accepted) {
		if (organisation == null || affiliation == Affiliation.NONE) {
			throw new DomainException("account.affiliation.nothingRequested");
		}
		affiliation = accepted ? Affiliation.CONFIRMED : Affiliation.REJECTED;
		if (!accepted && roles.removeAll(EnumSet.of(Role.EDITOR, Role.FOCAL_POINT))) {
			endSessions();
		}
	}

	/** Editors and focal points act for an organisation, so they need a confirmed one. */
	void grant(Role role) {
		if ((role == Role.EDITOR || role == Role.FOCAL_POINT) && affiliation != Affiliation.CONFIRMED) {
			throw new DomainException("account.role.needsAffiliation");
		}
		roles.add(role);
	}

	void revoke(Role role) {
		if (role == Role.MEMBER) {
			throw new DomainException("account.role.memberIsPermanent");
		}
		if (roles.remove(role)) {
			endSessions();
		}
	}

	Long confirmedOrganisationId() {
		return affiliation == Affiliation.CONFIRMED && organisation != null ? organisation.getId() : null;
	}

	Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	boolean isEmailConfirmed() {
		return emailConfirmed;
	}

	boolean isEnabled() {
		return enabled;
	}

	Organisation getOrganisation() {
		return organisation;
	}

	Affiliation getAffiliation() {
		return affiliation;
	}

	String getJobTitle() {
		return jobTitle;
	}

	String getPreferredLanguage() {
		return preferredLanguage;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	int getSessionVersion() {
		return sessionVersion;
	}

	Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	boolean has(Role role) {
		return roles.contains(role);
	}
}
