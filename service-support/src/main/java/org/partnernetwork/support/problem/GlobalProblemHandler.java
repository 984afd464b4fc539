package org.partnernetwork.support.problem;

import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.partnernetwork.support.domain.DomainException;
import org.partnernetwork.support.domain.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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
		return refuse("validation", RequestFieldErrors.of(ex.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return refuse("validation", RequestFieldErrors.of(ex));
	}

	/** A required query parameter left out: 400 naming it. */
	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return refuse("validation", List.of(new FieldError(ex.getParameterName(), "is required")));
	}

	/**
	 * A query parameter or path segment that is not of its type: 400 naming it and what
	 * it must be.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return refuse("malformed-request", List.of(RequestFieldErrors.of(mismatch)));
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	/**
	 * A body that could not be read: an unknown field names it
	 * ({@code unknown-property}), a value of the wrong shape names its field and what it
	 * must be.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (RequestFieldErrors.unknownProperty(ex) instanceof String unknown) {
			return respond(Problems.withErrors(problems.create(HttpStatus.BAD_REQUEST, "unknown-property", unknown),
					List.of(new FieldError(unknown, "unknown property"))));
		}
		return RequestFieldErrors.wrongShape(ex)
			.map(error -> refuse("malformed-request", List.of(error)))
			.orElseGet(() -> respond(problems.create(HttpStatus.BAD_REQUEST, "malformed-request")));
	}

	private ResponseEntity<Object> refuse(String code, List<FieldError> errors) {
		return respond(Problems.withErrors(problems.create(HttpStatus.BAD_REQUEST, code), errors));
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
