package org.urbansdg.shared;

import java.util.Collection;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as the database says now, so that every authorisation decision, the URL rules included, sees a
 * revoked role at once. The account module implements it; {@link CurrentAuthorities} asks it on each request.
 */
public interface CurrentUsers {

	/**
	 * The user's authorities now, or empty when this session must end: the account is gone or disabled, or its
	 * sessions were ended (a role removed, a password reset) after this one signed in.
	 */
	Optional<Collection<? extends GrantedAuthority>> current(Authentication signedIn, HttpServletRequest request);
}
