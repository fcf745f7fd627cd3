/**
 * The {@code scalemart} command line: up, down, status, seed, env and help.
 */
@NullMarked
package com.scalemart.devstack.cli;

import org.jspecify.annotations.NullMarked;
