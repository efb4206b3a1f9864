package org.urbansdg.shared;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the authorities that the session copied at sign-in with the current ones, for this request only, and ends
 * a session that {@link CurrentUsers} says is over: the visitor then continues as a visitor and is sent to sign in.
 */
class CurrentAuthorities extends OncePerRequestFilter {

	private final CurrentUsers users;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	CurrentAuthorities(CurrentUsers users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = holder.getContext().getAuthentication();
		if (signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()) {
			Optional<Collection<? extends GrantedAuthority>> current = users.current(signedIn, request);
			if (current.isEmpty()) {
				new SecurityContextLogoutHandler().logout(request, response, signedIn);
			}
			else if (!new HashSet<>(current.get()).equals(new HashSet<>(signedIn.getAuthorities()))) {
				SecurityContext context = holder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(),
						null, current.get()));
				holder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}
}
