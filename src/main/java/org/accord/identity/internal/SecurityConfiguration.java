package org.accord.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains: the stateless API (bearer tokens, problem responses) and the pages (sessions, CSRF,
 * form sign-in with a second factor). Everything not listed as open needs a complete sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere, no framing, nothing from other origins. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** No page needs a camera, a microphone, a location or any other powerful feature, so none may ask for one. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), "
			+ "midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), fullscreen=(self)";

	/** What anyone may reach without signing in. The security coverage test holds the code to this list. */
	static final Set<String> OPEN_PAGES = Set.of("/sign-in", "/assets/**", "/govuk/**", "/css/**", "/js/**",
			"/favicon.ico", "/error");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
		// Integrators fetch the OpenAPI document with their token too; a browser's session reaches it through the pages.
		RequestMatcher apiDocsWithToken = request -> request.getRequestURI().startsWith("/v3/api-docs")
				&& request.getHeader("Authorization") != null
				&& request.getHeader("Authorization").regionMatches(true, 0, "Bearer ", 0, 7);
		http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
				PathPatternRequestMatcher.pathPattern("/actuator/**"), apiDocsWithToken))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.securityContext(c -> c.requireExplicitSave(true))
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMINISTRATOR")
				.anyRequest()
				.hasAuthority(CurrentUser.SIGNED_IN))
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> problem(json, response, HttpStatus.UNAUTHORIZED,
						"Sign in: send a valid bearer token from POST /api/v1/auth/token"))
				.accessDeniedHandler((request, response, ex) -> problem(json, response, HttpStatus.FORBIDDEN,
						"You are not allowed to do this")));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, PasswordCheck passwords, SecuritySettings settings,
			UserAccounts users, SignIns signIns) throws Exception {
		var requests = new HttpSessionRequestCache();
		requests.setMatchingRequestParameterName(null);
		var success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl("/");
		success.setRequestCache(requests);
		// The saved request's URL was built from the Host header it arrived with: go back to its path only.
		success.setRedirectStrategy((request, response, url) -> response.sendRedirect(RelativeRedirects.pathOf(url)));
		http.authenticationProvider(new FormSignInProvider(passwords, settings))
			.requestCache(c -> c.requestCache(requests))
			.addFilterAfter(new AccountStatusFilter(users), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers(OPEN_PAGES.toArray(String[]::new))
				.permitAll()
				.requestMatchers("/sign-in/code")
				.hasAuthority(Authorities.PENDING_SECOND_FACTOR)
				.requestMatchers("/account/two-factor/**")
				.hasAnyAuthority(CurrentUser.SIGNED_IN, Authorities.PENDING_ENROLMENT)
				.requestMatchers("/admin/**")
				.hasRole("ADMINISTRATOR")
				.requestMatchers("/audit/**")
				.hasAnyRole("ADMINISTRATOR", "INFORMATION_GOVERNANCE")
				.anyRequest()
				.hasAuthority(CurrentUser.SIGNED_IN))
			.formLogin(f -> f.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.successHandler((request, response, auth) -> {
					if (hasAuthority(auth, Authorities.PENDING_SECOND_FACTOR)) {
						response.sendRedirect("/sign-in/code");
					}
					else if (hasAuthority(auth, Authorities.PENDING_ENROLMENT)) {
						response.sendRedirect("/account/two-factor/setup");
					}
					else {
						signIns.signedIn((AccordPrincipal) auth.getPrincipal(), "password");
						success.onAuthenticationSuccess(request, response, auth);
					}
				})
				.failureHandler((request, response, ex) -> response.sendRedirect("/sign-in?error=" + reason(ex)
						+ (ex instanceof SignInLockedException locked
								? "&minutes=" + ((locked.slowed().retryAfterSeconds() + 59) / 60) : ""))))
			.logout(l -> l.logoutUrl("/sign-out")
				.addLogoutHandler((request, response, auth) -> {
					if (auth != null && auth.getPrincipal() instanceof AccordPrincipal p) {
						signIns.signedOut(p);
					}
				})
				.logoutSuccessUrl("/sign-in?signedOut"))
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> response.sendRedirect("/sign-in"))
				.accessDeniedHandler((request, response, ex) -> {
				var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
				if (auth != null && hasAuthority(auth, Authorities.PENDING_SECOND_FACTOR)) {
					response.sendRedirect("/sign-in/code");
				}
				else if (auth != null && hasAuthority(auth, Authorities.PENDING_ENROLMENT)) {
					response.sendRedirect("/account/two-factor/setup");
				}
				else {
					response.sendError(HttpServletResponse.SC_FORBIDDEN);
				}
			}));
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(f -> f.deny())
			.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
			.crossOriginOpenerPolicy(c -> c.policy(
					org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter
						.CrossOriginOpenerPolicy.SAME_ORIGIN))
			.crossOriginResourcePolicy(c -> c.policy(
					org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter
						.CrossOriginResourcePolicy.SAME_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
	}

	private static String reason(AuthenticationException ex) {
		if (ex instanceof SignInLockedException) {
			return "locked";
		}
		return ex instanceof DisabledException ? "disabled" : "invalid";
	}

	static boolean hasAuthority(Authentication auth, String authority) {
		return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

	private static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(Problems.PROBLEM_JSON.toString());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		json.writeValue(response.getOutputStream(), Problems.of(status, detail, java.util.List.of()));
	}

}
