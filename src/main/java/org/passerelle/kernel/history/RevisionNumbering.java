package org.passerelle.kernel.history;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.annotations.IdGeneratorType;

/**
 * Numbers {@link Revision}s as Envers numbered them before the platform had its own
 * revision entity: see {@link RevisionNumberGenerator}.
 */
@IdGeneratorType(RevisionNumberGenerator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD })
@interface RevisionNumbering {

}
