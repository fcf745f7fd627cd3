/**
 * Who the client is behind trusted proxies, and the forwarded headers the services see.
 */
@NullMarked
package com.scalemart.gateway.network;

import org.jspecify.annotations.NullMarked;
