package org.accord.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.accord.platform.security.AccordPrincipal;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every page request that the signed-in user and their agency are still enabled, so a
 * disabled account stops working at once on every node, even mid-session.
 */
class AccountStatusFilter extends OncePerRequestFilter {

	private final UserAccounts users;

	AccountStatusFilter(UserAccounts users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccordPrincipal principal && !users.isActive(principal.userId())) {
			SecurityContextHolder.clearContext();
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/sign-in?disabled");
			return;
		}
		chain.doFilter(request, response);
	}

}
