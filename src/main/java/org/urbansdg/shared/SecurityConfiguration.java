package org.urbansdg.shared;

import java.util.Map;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which URL. Coarse rules live here; finer rules (whose organisation, which status) are checked by each
 * module's application service, so that no action relies on a hidden button.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String SIGN_IN = "/sign-in";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, MapTiles maps)
			throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers(EndpointRequest.to("health", "info")).permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("SECRETARIAT")
			.requestMatchers("/admin/**", "/review/**").hasRole("SECRETARIAT")
			.requestMatchers("/workspace/**", "/account/**").authenticated()
			.requestMatchers("/events/*/registrants", "/events/*/registrants.csv").authenticated()
			.requestMatchers(HttpMethod.GET, "/", "/cases", "/cases/*", "/cases/*/attachments/*", "/goals/**", "/search",
					"/search/suggest",
					"/verify", "/verify/*", "/api/certificates/*", "/news", "/news/**", "/events", "/events/**",
					"/courses", "/courses/*", "/courses/*/offline", "/courses/*/offline.pdf", "/courses/*/cover", "/trainings", "/trainings/*",
					"/awards", "/awards/*", "/awards/*/results",
					"/assets/**", "/webjars/**", "/favicon.ico", "/robots.txt", "/sitemap.xml", "/error")
			.permitAll()
			.requestMatchers(SIGN_IN, "/register/**", "/password/**").permitAll()
			// Registrants cancel through the secret link in their e-mail, signed in or not.
			.requestMatchers(HttpMethod.POST, "/events/registrations/cancel").permitAll()
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage(SIGN_IN).usernameParameter("email").failureHandler(failures()).permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut"))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: " + maps.origin() + "; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "base-uri 'self'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/** An unconfirmed address gets its own message, so the user knows to look for the e-mail. */
	private static ExceptionMappingAuthenticationFailureHandler failures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl(SIGN_IN + "?error");
		handler.setExceptionMappings(Map.of(DisabledException.class.getName(), SIGN_IN + "?unconfirmed"));
		return handler;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and old hashes keep working if the default moves on.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
