package org.accord.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.accord.platform.security.CurrentUser;
import org.accord.platform.security.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authorities of each stage of signing in; roles are granted only once every factor is given. */
final class Authorities {

	static final String PENDING_SECOND_FACTOR = "ACCORD_PENDING_SECOND_FACTOR";

	static final String PENDING_ENROLMENT = "ACCORD_PENDING_ENROLMENT";

	private Authorities() {
	}

	static List<GrantedAuthority> signedIn(UserAccount user) {
		List<GrantedAuthority> list = new ArrayList<>();
		list.add(new SimpleGrantedAuthority(CurrentUser.SIGNED_IN));
		for (Role role : user.roles()) {
			list.add(new SimpleGrantedAuthority(role.authority()));
		}
		return list;
	}

	static List<GrantedAuthority> pending(String stage) {
		return List.of(new SimpleGrantedAuthority(stage));
	}

}
