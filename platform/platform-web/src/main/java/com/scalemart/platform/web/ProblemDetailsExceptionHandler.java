package com.scalemart.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.validation.ConstraintViolationException;

/**
 * Turns every exception that reaches a controller into an RFC 9457 problem detail with a
 * stable {@code type}. Details never echo rejected values: they may be passwords or
 * personal data. Anything unexpected is logged here once and answered with a bare 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> Map.of("field", lastNode(violation.getPropertyPath().toString()), "message",
					violation.getMessage()))
			.sorted(Comparator.comparing(error -> error.get("field")))
			.toList();
		ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, "Some fields are invalid.");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(ProblemType.INVALID_PARAMETER,
				"Parameter '" + ex.getName() + "' has an invalid value.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error answered with 500", ex);
		ProblemDetail problem = Problems.of(ProblemType.INTERNAL_ERROR, "The error was logged.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsExceptionHandler::describe)
			.sorted(Comparator.comparing(error -> error.get("field")))
			.toList();
		ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, "Some fields are invalid.");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(ProblemType.INVALID_PARAMETER, "Some parameters are invalid.");
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(400), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// The parser's message names classes and may quote the input: keep it out.
		ProblemDetail problem = Problems.of(ProblemType.MALFORMED_REQUEST,
				"The body is missing, is not valid JSON, or has fields of the wrong type or unknown fields.");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
				"Send the body as " + ex.getSupportedMediaTypes() + ".");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail
				: Problems.of(typeFor(ex, statusCode), null);
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			ProblemType type = typeFor(ex, statusCode);
			problem.setType(type.uri());
			problem.setTitle(type.title());
		}
		Problems.addRequestId(problem);
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	private static ProblemType typeFor(Exception ex, HttpStatusCode status) {
		if (ex instanceof ProblemException problemException) {
			return problemException.problemType();
		}
		if (ex instanceof NoResourceFoundException) {
			return ProblemType.NOT_FOUND;
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return ProblemType.METHOD_NOT_ALLOWED;
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return ProblemType.NOT_ACCEPTABLE;
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return ProblemType.UNSUPPORTED_MEDIA_TYPE;
		}
		return Problems.typeForStatus(status);
	}

	private static Map<String, String> describe(FieldError error) {
		String message = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
		return Map.of("field", error.getField(), "message", message);
	}

	private static String lastNode(String propertyPath) {
		int dot = propertyPath.lastIndexOf('.');
		return (dot < 0) ? propertyPath : propertyPath.substring(dot + 1);
	}

}
