package com.scalemart.platform.data;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code scalemart.data.replica.url} set, the application's data source routes
 * read-only transactions to that replica (see {@link ReplicatedDataSource}); the primary
 * is still configured by {@code spring.datasource.*}. Without it, nothing here applies.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(HikariDataSource.class)
@ConditionalOnProperty(prefix = "scalemart.data.replica", name = "url")
@EnableConfigurationProperties({ ReplicaProperties.class, DataSourceProperties.class })
public final class ReplicaDataSourceAutoConfiguration {

	/**
	 * Outside the transaction interceptor (lowest precedence), so a retry is a new one.
	 */
	static final int RETRY_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	@Bean(destroyMethod = "close")
	ReplicatedDataSource replicatedDataSource(DataSourceProperties primaryProperties, ReplicaProperties properties,
			Environment environment, ObjectProvider<MeterRegistry> registry) {
		HikariDataSource primary = primaryProperties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(primary));
		primary.setPoolName("primary");
		HikariDataSource replica = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(properties.url())
			.username(properties.username())
			.password(properties.password())
			.build();
		replica.setPoolName("replica");
		replica.setMaximumPoolSize(properties.maximumPoolSize());
		replica.setConnectionTimeout(Math.max(250, properties.connectionTimeout().toMillis()));
		replica.setValidationTimeout(Math.max(250, Duration.ofMillis(250).toMillis()));
		// start even while the replica is down: reads use the primary until it answers
		replica.setInitializationFailTimeout(-1);
		// the monitor starts with the context's lifecycle, after Flyway has migrated
		return ReplicatedDataSource.create(primary, replica, properties,
				registry.getIfAvailable(() -> Metrics.globalRegistry));
	}

	@Bean
	@Primary
	DataSource dataSource(ReplicatedDataSource replicated) {
		return replicated.dataSource();
	}

	@Bean
	ReadYourWrites readYourWrites(ReplicatedDataSource replicated) {
		return replicated.readYourWrites();
	}

	@Bean
	LagMonitor replicationLagMonitor(ReplicatedDataSource replicated) {
		return replicated.monitor();
	}

	/**
	 * Starts the lag monitor once every singleton exists, migrations included: until then
	 * reads use the primary.
	 */
	@Bean
	SmartLifecycle replicationLagMonitorStarter(LagMonitor monitor) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				monitor.start();
				this.running = true;
			}

			@Override
			public void stop() {
				this.running = false;
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}

		};
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor replicaReadRetryAdvisor(ObjectProvider<ReplicatedDataSource> replicated) {
		ComposablePointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
			.union(new AnnotationMatchingPointcut(null, Transactional.class, true));
		// resolved on first use: advisors are created before the beans they advise
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut,
				(org.aopalliance.intercept.MethodInterceptor) (
						invocation) -> replicated.getObject().readRetry().invoke(invocation));
		advisor.setOrder(RETRY_ORDER);
		return advisor;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	static class ReplicationHealthConfiguration {

		@Bean
		HealthIndicator replicationHealthIndicator(ReplicatedDataSource replicated) {
			return new ReplicationHealthIndicator(replicated.monitor());
		}

	}

}
