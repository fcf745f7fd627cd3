/**
 * The consistent hashing lab: the same seeded user ids assigned by a ring at several
 * virtual-node counts, by jump hashing and by modulo hashing, measured for balance, keys
 * moved when a node is added or removed, and lookup throughput.
 */
@NullMarked
package com.scalemart.labs.hashing;

import org.jspecify.annotations.NullMarked;
