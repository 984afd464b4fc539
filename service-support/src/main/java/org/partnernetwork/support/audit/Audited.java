package org.partnernetwork.support.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint for the audit trail under an action name. A read
 * ({@code change = false}) is recorded once answered; a change records its success
 * itself, in its transaction. Every refusal of either is recorded by
 * {@link AuditInterceptor}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

	String value();

	boolean change() default false;

}
