/**
 * The architecture rules every ScaleMart service is held to, as ArchUnit rules.
 */
@NullMarked
package com.scalemart.platform.testkit.architecture;

import org.jspecify.annotations.NullMarked;
