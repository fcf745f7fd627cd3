package com.scalemart.platform.testkit;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each isolated test class checks: it is connected to its own database and key
 * prefix, which nobody else wrote to. Two classes run it; whichever runs second would
 * find the other's table or key if they shared anything.
 */
abstract class IsolationChecks {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StringRedisTemplate redis;

	@Value("${scalemart.test.database}")
	String database;

	@Value("${scalemart.redis.key-prefix}")
	String keyPrefix;

	void ownDatabaseAndKeyPrefixThatNobodyElseUsed() {
		assertThat(this.database)
			.matches("t_" + TestResourceName.snakeCase(getClass().getSimpleName()) + "_[0-9a-f]{8}");
		assertThat(this.keyPrefix).isEqualTo(this.database + ":");
		assertThat(this.jdbc.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(this.database);
		List<String> tables = this.jdbc.queryForList("SHOW TABLES", String.class);
		assertThat(tables).isEmpty();
		this.jdbc.execute("CREATE TABLE marker (owner VARCHAR(100) PRIMARY KEY)");
		this.jdbc.update("INSERT INTO marker VALUES (?)", getClass().getName());

		assertThat(TestEngines.redis().countKeys(this.keyPrefix)).isZero();
		assertThat(this.redis.opsForValue().setIfAbsent(this.keyPrefix + "marker", getClass().getName())).isTrue();
		assertThat(TestEngines.redis().countKeys(this.keyPrefix)).isOne();
	}

}
