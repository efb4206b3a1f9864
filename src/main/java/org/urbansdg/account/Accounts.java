package org.urbansdg.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.Locales;
import org.urbansdg.shared.Mailer;

/** Registration, confirmation, password reset, profiles, affiliations and roles. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(3);

	static final Duration RESET_VALIDITY = Duration.ofHours(2);

	private final UserAccountRepository users;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final Members members;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final PasswordPolicy passwordPolicy;

	private final ApplicationEventPublisher events;

	private final Locales locales;

	private final SecureRandom random = new SecureRandom();

	Accounts(UserAccountRepository users, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
			Members members, Mailer mailer, MessageSource messages, Optional<Clock> clock, PasswordPolicy passwordPolicy,
			ApplicationEventPublisher events, Locales locales) {
		this.locales = locales;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.members = members;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<Actor> actor(String email) {
		return users.findByEmail(AccountUserDetails.normalise(email)).filter(UserAccount::isEnabled).map(Accounts::actorOf);
	}

	public Optional<Actor> actor(long userId) {
		return users.findById(userId).map(Accounts::actorOf);
	}

	/** Display names by user id, for showing authors. */
	public Map<Long, String> displayNames(Collection<Long> userIds) {
		return users.findAllById(userIds).stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
	}

	/** Someone to write to, in their language. */
	public record Recipient(String email, Locale locale) {
	}

	/** The users who may edit for an organisation, for notifications about its cases. */
	public List<Recipient> editors(long organisationId) {
		return recipients(users.findByOrganisationIdOrderByDisplayNameAsc(organisationId).stream()
			.filter(u -> u.getAffiliation() == Affiliation.CONFIRMED && (u.has(Role.EDITOR) || u.has(Role.FOCAL_POINT))));
	}

	/** The focal points of an organisation, who sign off its submissions. */
	public List<Recipient> focalPoints(long organisationId) {
		return recipients(users.findByOrganisationIdOrderByDisplayNameAsc(organisationId).stream()
			.filter(u -> u.getAffiliation() == Affiliation.CONFIRMED && u.has(Role.FOCAL_POINT)));
	}

	/** Everyone in the secretariat. */
	public List<Recipient> secretariat() {
		return recipients(users.findByRolesContaining(Role.SECRETARIAT).stream());
	}

	private List<Recipient> recipients(java.util.stream.Stream<UserAccount> accounts) {
		return accounts.filter(u -> u.isEnabled() && u.isEmailConfirmed())
			.map(u -> new Recipient(u.getEmail(), locales.supported(u.getPreferredLanguage())))
			.toList();
	}

	/**
	 * Creates an account that can sign in once its e-mail address is confirmed, and sends the confirmation link. An
	 * address that already has an account is answered the same way, so the form tells nobody which addresses are
	 * registered: its owner is e-mailed instead (the confirmation link again, or a note with the sign-in and reset
	 * links), and nothing changes.
	 * @throws DomainException {@code account.password.common}, {@code account.password.personal},
	 * {@code account.organisation.unknown}
	 */
	@Transactional
	public void register(Registration registration, Locale locale) {
		String email = AccountUserDetails.normalise(registration.email());
		passwordPolicy.check(registration.password(), email, registration.displayName());
		Organisation organisation = registration.organisationId() == null ? null
				: organisation(registration.organisationId());
		// Hashed either way, so that both answers take as long.
		String hash = passwordEncoder.encode(registration.password());
		Optional<UserAccount> existing = users.findByEmail(email);
		if (existing.isPresent()) {
			remindOwner(existing.get(), locale);
			return;
		}
		UserAccount user = new UserAccount(email, registration.displayName().strip(), hash,
				locales.supported(locale).toLanguageTag());
		if (organisation != null) {
			user.requestAffiliation(organisation);
		}
		users.save(user);
		sendConfirmation(user, locale);
	}

	private void remindOwner(UserAccount owner, Locale locale) {
		if (!owner.isEmailConfirmed()) {
			sendConfirmation(owner, locale);
			return;
		}
		mailer.send(owner.getEmail(), message("account.mail.registeredAgain.subject", locale),
				message("account.mail.registeredAgain.body", locale, owner.getDisplayName(), mailer.link("/sign-in"),
						mailer.link("/password/forgot")));
	}

	/** What the registration form carries into the domain. */
	public record Registration(String displayName, String email, String password, Long organisationId) {
	}

	@Transactional
	public void resendConfirmation(String email, Locale locale) {
		users.findByEmail(AccountUserDetails.normalise(email))
			.filter(user -> !user.isEmailConfirmed())
			.ifPresent(user -> sendConfirmation(user, locale));
	}

	/** @throws DomainException {@code account.token.invalid} for an unknown, used or expired link */
	@Transactional
	public void confirmEmail(String token) {
		UserAccount user = redeem(token, AccountToken.Purpose.CONFIRM_EMAIL);
		user.confirmEmail();
	}

	/** Sends a reset link if the address belongs to an account; says nothing either way, so addresses stay private. */
	@Transactional
	public void requestPasswordReset(String email, Locale locale) {
		users.findByEmail(AccountUserDetails.normalise(email)).filter(UserAccount::isEnabled).ifPresent(user -> {
			String token = issue(user, AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
			mailer.send(user.getEmail(), message("account.mail.reset.subject", locale),
					message("account.mail.reset.body", locale, user.getDisplayName(),
							mailer.link("/password/reset?token=" + token)));
		});
	}

	public boolean tokenUsable(String token, boolean forReset) {
		return tokens.findById(hash(token))
			.filter(t -> t.usableFor(forReset ? AccountToken.Purpose.RESET_PASSWORD : AccountToken.Purpose.CONFIRM_EMAIL,
					clock.instant()))
			.isPresent();
	}

	/**
	 * Sets the new password and ends every session of the account.
	 * @throws DomainException {@code account.token.invalid}, {@code account.password.common},
	 * {@code account.password.personal}
	 */
	@Transactional
	public void resetPassword(String token, String newPassword) {
		tokens.findById(hash(token))
			.filter(t -> t.usableFor(AccountToken.Purpose.RESET_PASSWORD, clock.instant()))
			.ifPresent(t -> passwordPolicy.check(newPassword, t.getUser().getEmail(), t.getUser().getDisplayName()));
		UserAccount user = redeem(token, AccountToken.Purpose.RESET_PASSWORD);
		user.changePassword(passwordEncoder.encode(newPassword));
		// Whoever could not sign in has now proven they own the address.
		if (!user.isEmailConfirmed()) {
			user.confirmEmail();
		}
	}

	/**
	 * The signed-in user chooses a new password, giving the current one. Every session of the account ends (the
	 * controller keeps the one that asked), and the owner is told by e-mail.
	 * @throws DomainException {@code account.password.currentWrong}, {@code account.password.common},
	 * {@code account.password.personal}
	 */
	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword, Locale locale) {
		UserAccount user = user(userId);
		if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new DomainException("account.password.currentWrong");
		}
		passwordPolicy.check(newPassword, user.getEmail(), user.getDisplayName());
		user.changePassword(passwordEncoder.encode(newPassword));
		mailer.send(user.getEmail(), message("account.mail.passwordChanged.subject", locale),
				message("account.mail.passwordChanged.body", locale, user.getDisplayName(),
						mailer.link("/password/forgot")));
	}

	public Profile profile(long userId) {
		UserAccount user = user(userId);
		Organisation organisation = user.getOrganisation();
		return new Profile(user.getId(), user.getEmail(), user.getDisplayName(), user.getJobTitle(),
				user.getPreferredLanguage(), organisation == null ? null : organisation.getId(),
				organisation == null ? null : organisation.getName(), user.getAffiliation(), user.getRoles(),
				user.getCreatedAt(), user.isEnabled(), locales.supported(user.getPreferredLanguage()));
	}

	/**
	 * A user as shown on profile and administration pages.
	 * @param locale the language to write to them in: their preferred language while it is offered, else the default
	 */
	public record Profile(long id, String email, String displayName, String jobTitle, String preferredLanguage,
			Long organisationId, String organisationName, Affiliation affiliation, java.util.Set<Role> roles,
			Instant createdAt, boolean enabled, Locale locale) {
	}

	/** Saves the profile; naming another organisation, or none, publishes {@link AffiliationChanged}. */
	@Transactional
	public void updateProfile(long userId, String displayName, String jobTitle, String preferredLanguage,
			Long organisationId) {
		UserAccount user = user(userId);
		user.updateProfile(displayName.strip(), blankToNull(jobTitle), blankToNull(preferredLanguage));
		AffiliationState before = AffiliationState.of(user);
		user.requestAffiliation(organisationId == null ? null : organisation(organisationId));
		publishIfChanged(user, before, userId);
	}

	public List<Profile> allUsers() {
		return users.findAllByOrderByCreatedAtDesc().stream().map(u -> profile(u.getId())).toList();
	}

	public List<Profile> usersOf(long organisationId) {
		return users.findByOrganisationIdOrderByDisplayNameAsc(organisationId).stream()
			.map(u -> profile(u.getId()))
			.toList();
	}

	/**
	 * The secretariat, or a focal point of the organisation concerned, accepts or refuses that a user acts for it.
	 * @throws DomainException {@code account.notAllowed} for anyone else
	 */
	@Transactional
	public void decideAffiliation(Actor decider, long userId, boolean accepted) {
		UserAccount user = user(userId);
		requireManages(decider, user);
		AffiliationState before = AffiliationState.of(user);
		user.decideAffiliation(accepted);
		publishIfChanged(user, before, decider.userId());
	}

	/** The organisation a user names and where that stands, to tell whether a change happened. */
	private record AffiliationState(Long organisationId, Affiliation affiliation) {

		static AffiliationState of(UserAccount user) {
			return new AffiliationState(user.getOrganisation() == null ? null : user.getOrganisation().getId(),
					user.getAffiliation());
		}
	}

	private void publishIfChanged(UserAccount user, AffiliationState before, long changedBy) {
		AffiliationState after = AffiliationState.of(user);
		if (!after.equals(before)) {
			events.publishEvent(new AffiliationChanged(user.getId(), after.organisationId(), after.affiliation(),
					changedBy));
		}
	}

	/**
	 * Grants or revokes a role. The secretariat may change any role; a focal point only the editor role of users
	 * confirmed for their own organisation.
	 */
	@Transactional
	public void changeRole(Actor decider, long userId, Role role, boolean granted) {
		UserAccount user = user(userId);
		boolean allowed = decider.isSecretariat() || (role == Role.EDITOR && decider.has(Role.FOCAL_POINT)
				&& user.getOrganisation() != null && decider.actsFor(user.getOrganisation().getId()));
		if (!allowed) {
			throw new DomainException("account.notAllowed");
		}
		if (granted) {
			user.grant(role);
		}
		else {
			user.revoke(role);
		}
	}

	/**
	 * The secretariat disables an account (it can no longer sign in, and its sessions end) or enables it again.
	 * @throws DomainException {@code account.notAllowed} for anyone else, {@code account.disable.self} for oneself
	 */
	@Transactional
	public void changeEnabled(Actor decider, long userId, boolean enabled) {
		if (!decider.isSecretariat()) {
			throw new DomainException("account.notAllowed");
		}
		if (decider.userId() == userId) {
			throw new DomainException("account.disable.self");
		}
		UserAccount user = user(userId);
		if (enabled) {
			user.enable();
		}
		else {
			user.disable();
		}
	}

	/**
	 * Creates a confirmed account directly: the first administrator and demo accounts.
	 */
	@Transactional
	public long createConfirmed(String email, String displayName, String password, Long organisationId,
			Collection<Role> roles) {
		UserAccount user = new UserAccount(AccountUserDetails.normalise(email), displayName,
				passwordEncoder.encode(password), locales.defaultLocale().toLanguageTag());
		user.confirmEmail();
		if (organisationId != null) {
			user.requestAffiliation(organisation(organisationId));
			user.decideAffiliation(true);
		}
		roles.forEach(user::grant);
		return users.save(user).getId();
	}

	public boolean anyoneHas(Role role) {
		return users.existsByRolesContaining(role);
	}

	public boolean exists(String email) {
		return users.existsByEmail(AccountUserDetails.normalise(email));
	}

	private void requireManages(Actor decider, UserAccount user) {
		boolean focalPointOfThatOrganisation = decider.has(Role.FOCAL_POINT) && user.getOrganisation() != null
				&& decider.actsFor(user.getOrganisation().getId());
		if (!decider.isSecretariat() && !focalPointOfThatOrganisation) {
			throw new DomainException("account.notAllowed");
		}
	}

	private void sendConfirmation(UserAccount user, Locale locale) {
		String token = issue(user, AccountToken.Purpose.CONFIRM_EMAIL, CONFIRMATION_VALIDITY);
		mailer.send(user.getEmail(), message("account.mail.confirm.subject", locale),
				message("account.mail.confirm.body", locale, user.getDisplayName(),
						mailer.link("/register/confirm?token=" + token)));
	}

	private String issue(UserAccount user, AccountToken.Purpose purpose, Duration validity) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.save(new AccountToken(hash(token), user, purpose, clock.instant().plus(validity)));
		return token;
	}

	private UserAccount redeem(String token, AccountToken.Purpose purpose) {
		Instant now = clock.instant();
		AccountToken stored = tokens.findById(hash(token))
			.filter(t -> t.usableFor(purpose, now))
			.orElseThrow(() -> new DomainException("account.token.invalid"));
		stored.use(now);
		return stored.getUser();
	}

	private UserAccount user(long id) {
		return users.findById(id).orElseThrow(() -> new DomainException("account.user.unknown"));
	}

	private Organisation organisation(long id) {
		return members.organisation(id).orElseThrow(() -> new DomainException("account.organisation.unknown"));
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static Actor actorOf(UserAccount user) {
		return new Actor(user.getId(), user.getDisplayName(), user.getEmail(), user.confirmedOrganisationId(),
				user.getRoles());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
