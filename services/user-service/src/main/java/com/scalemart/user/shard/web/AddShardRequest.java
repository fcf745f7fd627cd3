package com.scalemart.user.shard.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A shard to add.
 *
 * @param jdbcUrl its MariaDB database; credentials are the service's own, never in the
 * URL
 * @param weight its share on the ring relative to a shard of weight 1
 */
record AddShardRequest(
		@NotNull @Size(max = 500) @Pattern(
				regexp = "jdbc:mariadb://[A-Za-z0-9.\\-]+(:\\d{1,5})?/[A-Za-z0-9_]{1,64}(\\?[A-Za-z0-9=&]*)?",
				message = "must be jdbc:mariadb://host[:port]/database[?options]") String jdbcUrl,
		@Nullable @DecimalMin("0.1") @DecimalMax("100") Double weight) {

	double weightOrDefault() {
		return (this.weight != null) ? this.weight : 1.0;
	}

}
