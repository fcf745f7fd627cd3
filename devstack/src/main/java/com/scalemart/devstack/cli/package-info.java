/**
 * The {@code scalemart} command line: up, down, status and help.
 */
@NullMarked
package com.scalemart.devstack.cli;

import org.jspecify.annotations.NullMarked;
