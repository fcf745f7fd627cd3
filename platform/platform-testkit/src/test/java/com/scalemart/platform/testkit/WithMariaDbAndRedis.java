package com.scalemart.platform.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test's own annotation that carries {@link WithEngines}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithEngines({ EngineType.MARIADB, EngineType.REDIS })
@interface WithMariaDbAndRedis {

}
