package org.accord.sharing.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.accord.sharing.PersonMergedException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A record merged into another: a GET is sent to the same place on the record it is now part of (301 on
 * the API, with {@code mergedInto}); anything else is refused as if the record did not exist.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersonMergedAdvice {

	@ExceptionHandler(PersonMergedException.class)
	ResponseEntity<?> merged(PersonMergedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().replace(ex.mergedId().toString(), ex.keptId().toString());
		boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (request.getRequestURI().startsWith("/api/")) {
			if (!get) {
				return org.accord.platform.web.Problems.response(org.springframework.http.HttpStatus.NOT_FOUND, "Person not found");
			}
			return ResponseEntity.status(301).header("Location", path).body(Map.of("mergedInto", ex.keptId().toString()));
		}
		if (!get) {
			response.sendError(404);
			return null;
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("success", "The record you opened was merged into this one");
		RequestContextUtils.saveOutputFlashMap(path, request, response);
		return ResponseEntity.status(302).header("Location", path).build();
	}

}
