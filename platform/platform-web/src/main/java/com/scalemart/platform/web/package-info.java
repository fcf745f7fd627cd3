/**
 * Web building blocks every ScaleMart service shares: RFC 9457 problem details with
 * stable types for every error, request ids, and the client address behind trusted
 * proxies.
 */
@NullMarked
package com.scalemart.platform.web;

import org.jspecify.annotations.NullMarked;
