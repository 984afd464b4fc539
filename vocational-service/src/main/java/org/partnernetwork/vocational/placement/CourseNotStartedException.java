package org.partnernetwork.vocational.placement;

import java.time.LocalDate;
import java.util.List;

import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.domain.RuleViolation;

/**
 * Work recorded as the outcome of a course that has not started yet: 422, naming the
 * outcome's {@code code}.
 */
final class CourseNotStartedException extends RuleViolation {

	static final String CODE = "course-not-started";

	private CourseNotStartedException(LocalDate courseStart) {
		super(CODE, List.of(new FieldError("code",
				"the course starts on " + courseStart + "; work is recorded as an outcome from that day", CODE)),
				courseStart);
	}

	static CourseNotStartedException of(LocalDate courseStart) {
		return new CourseNotStartedException(courseStart);
	}

}
