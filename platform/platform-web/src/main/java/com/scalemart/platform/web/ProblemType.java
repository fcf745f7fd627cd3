package com.scalemart.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A kind of error a client can program against: its {@link #uri() type URI} never
 * changes, whatever the wording of the detail.
 *
 * @param slug the last segment of the type URI, in kebab case
 * @param status the HTTP status this problem is answered with
 * @param title a short, human-readable summary that does not vary between occurrences
 */
public record ProblemType(String slug, HttpStatus status, String title) {

	/** Where every ScaleMart problem type lives; documented in docs/problems.md. */
	public static final String BASE_URI = "https://scalemart.dev/problems/";

	public static final ProblemType VALIDATION_FAILED = new ProblemType("validation-failed", HttpStatus.BAD_REQUEST,
			"The request has invalid fields");

	public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", HttpStatus.BAD_REQUEST,
			"The request could not be read");

	public static final ProblemType INVALID_PARAMETER = new ProblemType("invalid-parameter", HttpStatus.BAD_REQUEST,
			"A parameter has an invalid value");

	public static final ProblemType AUTHENTICATION_REQUIRED = new ProblemType("authentication-required",
			HttpStatus.UNAUTHORIZED, "Authentication is required");

	public static final ProblemType INVALID_TOKEN = new ProblemType("invalid-token", HttpStatus.UNAUTHORIZED,
			"The access token is not valid");

	public static final ProblemType FORBIDDEN = new ProblemType("forbidden", HttpStatus.FORBIDDEN,
			"You may not do this");

	public static final ProblemType NOT_FOUND = new ProblemType("not-found", HttpStatus.NOT_FOUND, "No such resource");

	public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed",
			HttpStatus.METHOD_NOT_ALLOWED, "The method is not allowed here");

	public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", HttpStatus.NOT_ACCEPTABLE,
			"No acceptable representation");

	public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large",
			HttpStatus.CONTENT_TOO_LARGE, "The request body is too large");

	public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
			HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The content type is not supported");

	public static final ProblemType RATE_LIMITED = new ProblemType("rate-limited", HttpStatus.TOO_MANY_REQUESTS,
			"Too many requests");

	public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, "The service cannot answer right now");

	public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", HttpStatus.INTERNAL_SERVER_ERROR,
			"Something went wrong on our side");

	public URI uri() {
		return URI.create(BASE_URI + this.slug);
	}

}
