package org.partnernetwork.support.problem;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.partnernetwork.support.domain.DomainException;
import org.partnernetwork.support.domain.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one Problem Details handler of a service. Every error gets a stable {@code type};
 * validation errors list the fields; a 500 never echoes the exception, it logs it under
 * an incident id.
 */
@RestControllerAdvice
public class GlobalProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GlobalProblemHandler.class);

	private final Problems problems;

	public GlobalProblemHandler(Problems problems) {
		this.problems = problems;
	}

	/** A rule of the domain said no: the status is the one its kind stands for. */
	@ExceptionHandler(DomainException.class)
	ResponseEntity<Object> handleDomain(DomainException ex) {
		ProblemDetail problem = problems.create(DomainStatus.of(ex), ex.code(), ex.arguments());
		return respond(ex.errors().isEmpty() ? problem : Problems.withErrors(problem, ex.errors()));
	}

	/**
	 * Optimistic (a stale version) or pessimistic (a lock lost to a concurrent change):
	 * someone else changed it first.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	ResponseEntity<Object> handleConcurrentUpdate(Exception ex) {
		return respond(problems.create(HttpStatus.CONFLICT, "concurrent-update"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex) {
		log.info("Refused a change that breaks a database constraint: {}", ex.getClass().getSimpleName());
		return respond(problems.create(HttpStatus.CONFLICT, "conflict"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex) {
		return respond(problems.create(HttpStatus.FORBIDDEN, "forbidden"));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> handleUnauthenticated(AuthenticationException ex) {
		return respond(problems.create(HttpStatus.UNAUTHORIZED, "unauthenticated"));
	}

	/**
	 * The database could not be reached (restarting, or the pool waited in vain): 503
	 * with a hint when to retry. A create under an {@code Idempotency-Key} may be retried
	 * with the same key.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<Object> handleDatabaseUnavailable(Exception ex) {
		log.warn("The database could not be reached: {}", ex.getClass().getSimpleName());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(problems.create(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable"));
	}

	/**
	 * A parameter Tomcat could not decode. {@code RequestGuard} refuses such a query
	 * before it is parsed; this is the net behind it, for a way in it does not see.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> handleUndecodableParameter(InvalidParameterException ex) {
		return respond(problems.create(HttpStatus.BAD_REQUEST, "malformed-query"));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleMultipart(MultipartException ex) {
		return respond(problems.create(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		if (DatabaseFailures.isUnreachable(ex)) {
			return handleDatabaseUnavailable(ex);
		}
		return respond(Incidents.record(problems, log, ex));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		var global = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()));
		var all = java.util.stream.Stream.concat(errors.stream(), global).toList();
		return respond(Problems.withErrors(problems.create(HttpStatus.BAD_REQUEST, "validation"), all));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result instanceof ParameterErrors objectErrors
					? objectErrors.getFieldErrors()
						.stream()
						.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
					: result.getResolvableErrors()
						.stream()
						.map(error -> new FieldError(parameterName(result.getMethodParameter()),
								error.getDefaultMessage())))
			.toList();
		return respond(Problems.withErrors(problems.create(HttpStatus.BAD_REQUEST, "validation"), errors));
	}

	/** A required query parameter left out: 400 naming it. */
	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var error = new FieldError(ex.getParameterName(), "is required");
		return respond(Problems.withErrors(problems.create(HttpStatus.BAD_REQUEST, "validation"), List.of(error)));
	}

	/**
	 * A query parameter or path segment that is not of its type: 400 naming it and what
	 * it must be.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (!(ex instanceof MethodArgumentTypeMismatchException mismatch)) {
			return super.handleTypeMismatch(ex, headers, status, request);
		}
		MethodParameter parameter = mismatch.getParameter();
		Class<?> type = parameter.getParameterType();
		Class<?> each = java.util.Collection.class.isAssignableFrom(type) ? parameter.nested().getNestedParameterType()
				: type;
		var error = new FieldError(parameterName(parameter), TypeMismatchMessages.forType(each));
		return respond(
				Problems.withErrors(problems.create(HttpStatus.BAD_REQUEST, "malformed-request"), List.of(error)));
	}

	/**
	 * The name the client sent ({@code per_page}), not the Java parameter's
	 * ({@code perPage}).
	 */
	private static String parameterName(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null && !requestParam.name().isEmpty()) {
			return requestParam.name();
		}
		return parameter.getParameterName();
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = databindCause(ex);
		if (cause instanceof UnrecognizedPropertyException unknown) {
			var error = new FieldError(unknown.getPropertyName(), "unknown property");
			return respond(Problems.withErrors(
					problems.create(HttpStatus.BAD_REQUEST, "unknown-property", unknown.getPropertyName()),
					List.of(error)));
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."));
			Class<?> expected = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
					: jackson instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
			var error = new FieldError(field, TypeMismatchMessages.forType(expected));
			return respond(
					Problems.withErrors(problems.create(HttpStatus.BAD_REQUEST, "malformed-request"), List.of(error)));
		}
		return respond(problems.create(HttpStatus.BAD_REQUEST, "malformed-request"));
	}

	/**
	 * The Jackson error that knows which field was wrong: the innermost cause may be a
	 * parser's own (a date that does not parse), which does not.
	 */
	private static Throwable databindCause(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return jackson;
			}
		}
		return ex.getMostSpecificCause();
	}

	/**
	 * Everything Spring MVC itself raises (404, 405, 415, bad parameters…) gets a stable
	 * type too.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = problems.create(statusCode, Problems.codeFor(statusCode));
		return ResponseEntity.status(statusCode).headers(headers).body(problem);
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
