package org.accord.identity.internal;

import java.net.URI;

/**
 * Redirects never carry a host: an absolute URL built from a request's Host header would send a user
 * wherever that header pointed. The container keeps a path-only Location relative.
 */
final class RelativeRedirects {

	private RelativeRedirects() {
	}

	/** The path and query of a URL, never its scheme or host; "/" when it has none or cannot be read. */
	static String pathOf(String url) {
		try {
			URI uri = URI.create(url);
			String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || !uri.getRawPath().startsWith("/") ? "/"
					: uri.getRawPath();
			if (path.startsWith("//")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

}
