package com.scalemart.user.shard;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import com.scalemart.platform.data.shard.ReshardingJobs;
import com.scalemart.platform.data.shard.ReshardingSettings;
import com.scalemart.platform.data.shard.Resharder;
import com.scalemart.platform.data.shard.ScatterGather;
import com.scalemart.platform.data.shard.ShardDirectory;
import com.scalemart.platform.data.shard.ShardPools;
import com.scalemart.platform.data.shard.ShardRegistry;
import com.scalemart.platform.data.shard.ShardRouter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users on shards: the application's data source is the directory database (shard set,
 * directory, email lookup, signing keys); each shard has a pool of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ShardProperties.class)
class ShardingConfiguration {

	@Bean(destroyMethod = "close")
	ShardPools shardPools(DataSourceProperties dataSource, ShardProperties properties) {
		return new ShardPools(dataSource.determineUsername(), dataSource.determinePassword(), properties.poolSize(),
				properties.connectionTimeout());
	}

	@Bean
	@DependsOnDatabaseInitialization
	ShardRegistry shardRegistry(DataSource directory, TransactionTemplate transactions, ShardPools pools,
			ShardProperties properties, DataSourceProperties dataSource, Clock clock) {
		ShardRegistry registry = new ShardRegistry(directory, transactions, pools, properties.virtualNodes(), clock);
		List<String> initial = properties.initial().isEmpty()
				? ShardUrls.besideDirectory(dataSource.determineUrl(), properties.count()) : properties.initial();
		registry.registerInitial(initial);
		// every instance brings every shard up to date; Flyway's lock table makes that
		// safe
		registry.layout()
			.shards()
			.keySet()
			.forEach((id) -> ShardMigrations.migrate(registry.database(id).dataSource()));
		return registry;
	}

	@Bean
	ShardDirectory shardDirectory(DataSource directory, ShardProperties properties, Clock clock) {
		return new ShardDirectory(directory, properties.directoryCacheTtl(), 100_000, clock);
	}

	@Bean
	ShardRouter shardRouter(ShardRegistry registry, ShardDirectory directory, ShardProperties properties,
			MeterRegistry meters) {
		return new ShardRouter(registry, directory, UserShards.TABLES, properties.moveWait(), meters);
	}

	@Bean
	ReshardingJobs reshardingJobs(DataSource directory, Clock clock) {
		return new ReshardingJobs(directory, clock);
	}

	@Bean
	Resharder resharder(ShardRouter router, ShardDirectory directory, ReshardingJobs jobs, ShardProperties properties,
			@Value("${scalemart.instance-id:${spring.application.name}}") String instance) {
		ShardProperties.Resharding pacing = properties.resharding();
		ReshardingSettings settings = new ReshardingSettings(pacing.grace(), pacing.batchSize(), pacing.parallelism(),
				pacing.lease());
		// the process id tells two instances with one configured name apart
		return new Resharder(router, directory, jobs, UserShards.TABLES, settings,
				instance + "/" + ManagementFactory.getRuntimeMXBean().getPid());
	}

	@Bean(destroyMethod = "close")
	ScatterGather scatterGather(ShardRegistry registry, ShardProperties properties, MeterRegistry meters) {
		return new ScatterGather(registry, properties.scatterTimeout(), meters);
	}

}
