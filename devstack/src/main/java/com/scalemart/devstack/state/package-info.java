/**
 * The state file through which down and status find a running launcher from another
 * terminal.
 */
@NullMarked
package com.scalemart.devstack.state;

import org.jspecify.annotations.NullMarked;
