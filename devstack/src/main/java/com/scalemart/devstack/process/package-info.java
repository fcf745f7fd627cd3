/**
 * Child JVMs and recorded processes: start, watch, and stop them politely before
 * forcibly.
 */
@NullMarked
package com.scalemart.devstack.process;

import org.jspecify.annotations.NullMarked;
