package org.unsdcf.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * How Immutables generates every value type of unsdcf: hidden implementation, JDK collections only,
 * {@code with...} copies, and the public nested {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    depluralize = true,
    depluralizeDictionary = {
      "entry:entries",
      "country:countries",
      "category:categories",
      "entity:entities"
    })
public @interface UnsdcfStyle {}
