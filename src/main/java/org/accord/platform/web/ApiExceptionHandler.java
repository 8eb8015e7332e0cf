package org.accord.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns everything an API client can get wrong into a problem response that names the field.
 * Anything else is our fault: logged with the request id, answered with a 500 that says nothing more.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return Problems.response(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
		return Problems.response(HttpStatus.CONFLICT, ex instanceof ConflictException ? ex.getMessage()
				: "The record was changed by someone else; reload it and try again");
	}

	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemDetail> businessRule(BusinessRuleException ex) {
		return Problems.response(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
	}

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
		return Problems.response(HttpStatus.BAD_REQUEST, "The request has invalid fields",
				List.of(new Problems.FieldMessage(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		return Problems.response(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.errors());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<Problems.FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new Problems.FieldMessage(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return Problems.response(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
		return Problems.response(HttpStatus.BAD_REQUEST, "The request has invalid fields",
				List.of(new Problems.FieldMessage(ex.getName(), "must be a valid " + expected)));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return Problems.response(HttpStatus.FORBIDDEN, "You are not allowed to do this");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse errorResponse) {
			return Problems.response(errorResponse.getStatusCode(), errorResponse.getBody().getDetail());
		}
		log.error("Unexpected error in API request", ex);
		return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; the request id in the X-Request-Id header identifies it");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return asObject(Problems.response(HttpStatus.BAD_REQUEST, "The request has invalid fields",
				fieldErrors(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(
			org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return asObject(Problems.response(HttpStatus.BAD_REQUEST, "The request has invalid fields",
				List.of(new Problems.FieldMessage(ex.getParameterName(), "is required"))));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldMessage> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			var param = result.getMethodParameter()
				.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
			String name = param != null && !param.name().isEmpty() ? param.name()
					: result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(error -> errors.add(new Problems.FieldMessage(name, error.getDefaultMessage())));
		});
		return asObject(Problems.response(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException jackson = null;
		for (Throwable t = ex.getCause(); t != null && jackson == null; t = t.getCause()) {
			if (t instanceof JacksonException j) {
				jackson = j;
			}
		}
		// A number too big for its field is a StreamReadException too, but one with the field's path: it is the field that is
		// wrong.
		if (jackson instanceof StreamReadException
				&& !(jackson instanceof tools.jackson.core.exc.InputCoercionException && !jackson.getPath().isEmpty())) {
			return asObject(Problems.response(HttpStatus.BAD_REQUEST, "The request body is not valid JSON"));
		}
		if (jackson != null && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			return asObject(Problems.response(HttpStatus.BAD_REQUEST, "The request has fields of the wrong type",
					List.of(new Problems.FieldMessage(field, "has the wrong type or format"))));
		}
		String detail = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
				? "The request body is missing" : "The request body could not be read as JSON";
		return asObject(Problems.response(HttpStatus.BAD_REQUEST, detail));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
				: HttpStatus.resolve(statusCode.value()) != null ? HttpStatus.resolve(statusCode.value()).getReasonPhrase()
						: "Error";
		ResponseEntity<ProblemDetail> response = Problems.response(statusCode, detail);
		return ResponseEntity.status(statusCode).headers(headers).headers(response.getHeaders())
				.body(response.getBody());
	}

	static List<Problems.FieldMessage> fieldErrors(BindingResult result) {
		List<Problems.FieldMessage> errors = new ArrayList<>();
		result.getFieldErrors().forEach(e -> errors.add(new Problems.FieldMessage(e.getField(),
				e.isBindingFailure() ? "has the wrong type or format" : e.getDefaultMessage())));
		result.getGlobalErrors()
			.forEach(e -> errors.add(new Problems.FieldMessage(e.getObjectName(), e.getDefaultMessage())));
		return errors;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

}
