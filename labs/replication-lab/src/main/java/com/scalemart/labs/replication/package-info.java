/**
 * Replica lag under write bursts and read-your-writes, measured on an embedded MariaDB
 * primary and replica.
 */
@org.jspecify.annotations.NullMarked
package com.scalemart.labs.replication;
