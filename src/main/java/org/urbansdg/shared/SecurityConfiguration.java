package org.urbansdg.shared;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may reach which URL. Coarse rules live here; finer rules (whose organisation, which status) are checked by each
 * module's application service, so that no action relies on a hidden button. Every rule sees the user's roles as the
 * database has them now ({@link CurrentAuthorities}), not as they were at sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String SIGN_IN = "/sign-in";

	/** Pages anyone may read (GET, and HEAD for the same pages). */
	private static final String[] PUBLIC_PAGES = { "/", "/cases", "/cases/*", "/cases/*/attachments/*", "/goals/**",
			"/search", "/search/suggest", "/verify", "/verify/*", "/api/certificates/*", "/news", "/news/**", "/events",
			"/events/**", "/courses", "/courses/*", "/courses/*/offline", "/courses/*/offline.pdf", "/courses/*/cover",
			"/trainings", "/trainings/*", "/challenges", "/challenges/*", "/cooperation/numbers", "/awards", "/awards/*",
			"/awards/*/results", "/assets/**", "/webjars/**",
			"/favicon.ico", "/robots.txt", "/sitemap.xml", "/error" };

	private static final String OPERATOR = "OPERATOR";

	/**
	 * Actuator endpoints: health and info for anyone (details only for operators), everything else (metrics, the
	 * Prometheus scrape) only with the operator's own credentials over HTTP Basic, never with a site session.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain operations(HttpSecurity http, OperationsSettings settings, PasswordEncoder passwordEncoder)
			throws Exception {
		InMemoryUserDetailsManager operators = new InMemoryUserDetailsManager();
		if (settings.enabled()) {
			operators.createUser(User.withUsername(settings.username())
				.password(passwordEncoder.encode(settings.password()))
				.roles(OPERATOR)
				.build());
		}
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("operations");
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.anyRequest()
				.hasRole(OPERATOR))
			.userDetailsService(operators)
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, MapTiles maps,
			CurrentUsers users, ObjectProvider<HandlerMapping> handlerMappings) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/admin/**", "/review/**", "/cooperation/pipeline", "/cooperation/pipeline/**")
			.hasRole("SECRETARIAT")
			.requestMatchers("/workspace/**", "/account/**").authenticated()
			.requestMatchers("/events/*/registrants", "/events/*/registrants.csv").authenticated()
			.requestMatchers("/challenges/new").authenticated()
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
			.requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES).permitAll()
			.requestMatchers(SIGN_IN, "/register/**", "/password/**").permitAll()
			// Registrants cancel through the secret link in their e-mail, signed in or not.
			.requestMatchers(HttpMethod.POST, "/events/registrations/cancel").permitAll()
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage(SIGN_IN).usernameParameter("email").failureHandler(failures()).permitAll())
			// On a secure connection the browser is also told to drop what it kept of the session (ASVS 14.3.1).
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut")
				.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(Directive.CACHE,
						Directive.COOKIES, Directive.STORAGE))))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(visitors(handlerMappings)))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new CurrentAuthorities(users), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: " + maps.origin() + "; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "base-uri 'self'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				// The platform uses none of these browser features; no page or embedded frame may ask for them.
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")));
		// HSTS is Spring Security's default for secure requests: behind a TLS proxy, once the forwarded headers of a
		// trusted proxy (server.tomcat.remoteip.internal-proxies) mark the request secure.
		return http.build();
	}

	/** A visitor who may not see a page is sent to sign in; an address that no page answers is simply not found. */
	private static AuthenticationEntryPoint visitors(ObjectProvider<HandlerMapping> handlerMappings) {
		return DelegatingAuthenticationEntryPoint.builder()
			.addEntryPointFor((request, response, ex) -> response.sendError(HttpStatus.NOT_FOUND.value()),
					new UnmappedRequests(handlerMappings))
			.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
			.build();
	}

	/**
	 * The account's state is told only to whoever gave its password (account/SignInChecks): an unconfirmed address is
	 * asked to look for its e-mail, a disabled account to contact the secretariat. Every other failure is the same.
	 */
	private static ExceptionMappingAuthenticationFailureHandler failures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl(SIGN_IN + "?error");
		handler.setExceptionMappings(Map.of(DisabledException.class.getName(), SIGN_IN + "?unconfirmed",
				LockedException.class.getName(), SIGN_IN + "?disabled"));
		return handler;
	}

	@Bean
	PasswordEncoder passwordEncoder(PasswordSettings settings) {
		return settings.encoder();
	}
}
