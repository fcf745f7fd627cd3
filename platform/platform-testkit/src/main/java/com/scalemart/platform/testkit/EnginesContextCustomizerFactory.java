package com.scalemart.platform.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives every test class annotated with {@link WithEngines} (directly, inherited, on an
 * enclosing class or through an annotation of its own) a context of its own on fresh
 * engine resources. Registered in {@code META-INF/spring.factories}.
 */
class EnginesContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		WithEngines withEngines = TestContextAnnotationUtils.findMergedAnnotation(testClass, WithEngines.class);
		if (withEngines == null || withEngines.value().length == 0) {
			return null;
		}
		Set<EngineType> types = EnumSet.noneOf(EngineType.class);
		types.addAll(List.of(withEngines.value()));
		return new EnginesContextCustomizer(testClass, types, EngineSelection.shared());
	}

}
