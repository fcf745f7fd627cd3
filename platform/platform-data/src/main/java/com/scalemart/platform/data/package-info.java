/**
 * Read replicas: read-only transactions routed to a MariaDB replica while it is up and
 * close enough behind the primary, everything else to the primary.
 */
@org.jspecify.annotations.NullMarked
package com.scalemart.platform.data;
