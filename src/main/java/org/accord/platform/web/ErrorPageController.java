package org.accord.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Every error that reaches the container ends here: API paths get a problem response, pages a
 * plain page in the service's layout. Neither shows a stack trace, an exception or a path.
 */
@Controller
public class ErrorPageController implements ErrorController {

	@RequestMapping(path = "/error", produces = "application/problem+json")
	@ResponseBody
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		return Problems.response(status, status.is5xxServerError()
				? "Something went wrong on our side; the request id in the X-Request-Id header identifies it"
				: status.getReasonPhrase());
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			return problem(request);
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		return switch (status) {
			case NOT_FOUND -> "error/404";
			case FORBIDDEN -> "error/403";
			case BAD_REQUEST, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> "error/400";
			default -> status.is5xxServerError() ? "error/500" : "error/400";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return isApiPath(uri != null ? uri.toString() : request.getRequestURI());
	}

	/**
	 * The paths a client reads as JSON, so that their errors are problem responses: the API, the actuator, the API docs.
	 */
	static boolean isApiPath(String path) {
		return path != null && (path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs"));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for directly, not forwarded by the container: there is no error, and no such page.
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
