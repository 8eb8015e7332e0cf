package org.accord.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls from {@code Authorization: Bearer}; anything else stays anonymous and is refused later. */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).trim();
			tokens.authenticate(token).ifPresent(user -> {
				var auth = UsernamePasswordAuthenticationToken.authenticated(user.principal(), null,
						Authorities.signedIn(user));
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(auth);
				SecurityContextHolder.setContext(context);
				request.setAttribute(BearerTokenFilter.class.getName(), token);
			});
		}
		chain.doFilter(request, response);
	}

	static String tokenOf(HttpServletRequest request) {
		return (String) request.getAttribute(BearerTokenFilter.class.getName());
	}

}
