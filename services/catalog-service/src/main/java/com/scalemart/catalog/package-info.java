/**
 * The catalog service: products ({@code product}), categories ({@code category}), and
 * seed data ({@code seed}).
 */
@NullMarked
package com.scalemart.catalog;

import org.jspecify.annotations.NullMarked;
