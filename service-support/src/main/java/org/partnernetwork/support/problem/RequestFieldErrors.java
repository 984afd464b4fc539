package org.partnernetwork.support.problem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.privacy.NoPersonalDetails;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Which fields or parameters a refused request got wrong, named as the client sent them,
 * with what each must be — never with the value sent, which parsers quote in their own
 * messages.
 */
final class RequestFieldErrors {

	private RequestFieldErrors() {
	}

	/** A body's Bean Validation errors, field by field, and those of the whole body. */
	static List<FieldError> of(BindingResult result) {
		Stream<FieldError> fields = result.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage(), codeOf(error)));
		Stream<FieldError> whole = result.getGlobalErrors()
			.stream()
			.map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()));
		return Stream.concat(fields, whole).toList();
	}

	/**
	 * The stable code of a constraint a client may want to tell apart, or null: only
	 * {@code personal-details} so far.
	 */
	private static String codeOf(org.springframework.validation.FieldError error) {
		return NoPersonalDetails.class.getSimpleName().equals(error.getCode()) ? "personal-details" : null;
	}

	/**
	 * A handler's parameters that failed their constraints ({@code @Min} on a page
	 * size…).
	 */
	static List<FieldError> of(HandlerMethodValidationException ex) {
		return ex.getParameterValidationResults()
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
	}

	/** A parameter not of its type; for a list, what each item must be. */
	static FieldError of(MethodArgumentTypeMismatchException mismatch) {
		MethodParameter parameter = mismatch.getParameter();
		Class<?> type = parameter.getParameterType();
		Class<?> each = Collection.class.isAssignableFrom(type) ? parameter.nested().getNestedParameterType() : type;
		return new FieldError(parameterName(parameter), TypeMismatchMessages.forType(each));
	}

	/**
	 * The name of a field the body has and the request does not know, if that is what is
	 * wrong.
	 */
	static String unknownProperty(HttpMessageNotReadableException ex) {
		return jacksonCause(ex) instanceof UnrecognizedPropertyException unknown ? unknown.getPropertyName() : null;
	}

	/** The field whose value has the wrong shape, if the parser could tell which. */
	static Optional<FieldError> wrongShape(HttpMessageNotReadableException ex) {
		if (!(jacksonCause(ex) instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return Optional.empty();
		}
		String field = jackson.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."));
		Class<?> expected = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
				: jackson instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
		return Optional.of(new FieldError(field, TypeMismatchMessages.forType(expected)));
	}

	/**
	 * The Jackson error that knows which field was wrong: the innermost cause may be a
	 * parser's own (a date that does not parse), which does not.
	 */
	private static Throwable jacksonCause(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return jackson;
			}
		}
		return ex.getMostSpecificCause();
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

}
