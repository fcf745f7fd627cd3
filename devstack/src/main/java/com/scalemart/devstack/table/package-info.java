/**
 * Plain-text tables for the terminal.
 */
@NullMarked
package com.scalemart.devstack.table;

import org.jspecify.annotations.NullMarked;
