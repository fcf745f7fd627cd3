package com.scalemart.platform.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the customizer by hand, so that closing a context and what it leaves behind can
 * be observed.
 */
class EnginesContextCustomizerIntegrationTests {

	private final EnginesContextCustomizerFactory factory = new EnginesContextCustomizerFactory();

	@Test
	void twoClassesGetSeparateResourcesThatGoAwayWithTheirContext() throws Exception {
		GenericApplicationContext orders = contextFor(OrdersRepositoryTests.class);
		GenericApplicationContext users = contextFor(UsersRepositoryTests.class);
		MariaDbEndpoint mariaDb = TestEngines.mariaDb();
		RedisEndpoint redis = TestEngines.redis();
		String ordersDb = orders.getEnvironment().getRequiredProperty("scalemart.test.database");
		String usersDb = users.getEnvironment().getRequiredProperty("scalemart.test.database");
		assertThat(ordersDb).startsWith("t_orders_repository_tests_").isNotEqualTo(usersDb);
		assertThat(mariaDb.databases("t_")).contains(ordersDb, usersDb);

		try (Connection connection = DriverManager.getConnection(
				orders.getEnvironment().getRequiredProperty("spring.datasource.url"),
				orders.getEnvironment().getRequiredProperty("spring.datasource.username"),
				orders.getEnvironment().getRequiredProperty("spring.datasource.password"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE orders (id INT PRIMARY KEY)");
		}
		assertThat(tables(mariaDb, ordersDb)).containsExactly("orders");
		assertThat(tables(mariaDb, usersDb)).isEmpty();

		String ordersKeys = orders.getEnvironment().getRequiredProperty("scalemart.redis.key-prefix");
		String usersKeys = users.getEnvironment().getRequiredProperty("scalemart.redis.key-prefix");
		assertThat(ordersKeys).isEqualTo(ordersDb + ":");
		redis.withCommands(Duration.ofSeconds(5), "", (commands) -> commands.set(ordersKeys + "cart:1", "2 items"));
		assertThat(redis.countKeys(ordersKeys)).isOne();
		assertThat(redis.countKeys(usersKeys)).isZero();

		orders.close();
		assertThat(mariaDb.databases("t_")).doesNotContain(ordersDb).contains(usersDb);
		assertThat(redis.countKeys(ordersKeys)).isZero();
		assertThat(PendingCleanups.isPending(ordersDb)).isFalse();

		users.close();
		assertThat(mariaDb.databases("t_")).doesNotContain(usersDb);
	}

	@Test
	void closingAChildContextLeavesTheResourcesAlone() {
		GenericApplicationContext parent = contextFor(OrdersRepositoryTests.class);
		String database = parent.getEnvironment().getRequiredProperty("scalemart.test.database");
		GenericApplicationContext child = new GenericApplicationContext(parent);
		child.refresh();
		child.close();
		assertThat(TestEngines.mariaDb().databases("t_")).contains(database);
		parent.close();
		assertThat(TestEngines.mariaDb().databases("t_")).doesNotContain(database);
	}

	@Test
	void itsPropertiesWinOverEveryOtherSource() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of("spring.datasource.url", "jdbc:mariadb://elsewhere/db", "spring.data.redis.port", "1")));
		customizer(OrdersRepositoryTests.class).customizeContext(context, configuration(OrdersRepositoryTests.class));
		context.refresh();
		try {
			assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
				.startsWith(TestEngines.mariaDb().jdbcUrl("x").replace("/x", "/t_orders_repository_tests_"));
			assertThat(context.getEnvironment().getProperty("spring.data.redis.port", Integer.class))
				.isEqualTo(TestEngines.redis().port());
			assertThat(context.getEnvironment().getProperty("spring.data.redis.host"))
				.isEqualTo(TestEngines.redis().host());
			assertThat(context.getEnvironment().getPropertySources().iterator().next().getName())
				.isEqualTo(EnginesContextCustomizer.PROPERTY_SOURCE_NAME);
		}
		finally {
			context.close();
		}
	}

	@Test
	void onlyTheRequestedEnginesAreConfigured() {
		GenericApplicationContext context = contextFor(RedisOnlyTests.class);
		try {
			assertThat(context.getEnvironment().containsProperty("spring.data.redis.host")).isTrue();
			assertThat(context.getEnvironment().containsProperty("spring.datasource.url")).isFalse();
			assertThat(context.getEnvironment().containsProperty("spring.kafka.bootstrap-servers")).isFalse();
		}
		finally {
			context.close();
		}
	}

	@Test
	void kafkaTestsGetATopicPrefixWhoseTopicsGoAwayWithTheContext() throws Exception {
		GenericApplicationContext context = contextFor(EventsTests.class);
		String bootstrapServers = context.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers");
		String topicPrefix = context.getEnvironment().getRequiredProperty("scalemart.kafka.topic-prefix");
		assertThat(bootstrapServers).isEqualTo(TestEngines.kafka().bootstrapServers());
		assertThat(topicPrefix).matches("t_events_tests_[0-9a-f]{8}\\.");
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(topicPrefix + "orders", 1, (short) 1))).all().get();
			assertThat(admin.listTopics().names().get()).contains(topicPrefix + "orders");
			context.close();
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(admin.listTopics().names().get())
					.noneMatch((topic) -> topic.startsWith(topicPrefix)));
		}
	}

	@Test
	void customizersOfDifferentClassesAreNeverEqualSoContextsAreNotShared() {
		ContextCustomizer orders = customizer(OrdersRepositoryTests.class);
		assertThat(orders).isEqualTo(customizer(OrdersRepositoryTests.class))
			.hasSameHashCodeAs(customizer(OrdersRepositoryTests.class))
			.isNotEqualTo(customizer(UsersRepositoryTests.class));
		assertThat(new EnginesContextCustomizer(OrdersRepositoryTests.class, EnumSet.of(EngineType.REDIS),
				EngineSelection.shared()))
			.isNotEqualTo(orders);
	}

	@Test
	void theFactoryFindsTheAnnotationWhereverATestPutsIt() {
		assertThat(this.factory.createContextCustomizer(NotAnnotatedTests.class, List.of())).isNull();
		assertThat(this.factory.createContextCustomizer(OrdersRepositoryTests.class, List.of())).isNotNull();
		assertThat(this.factory.createContextCustomizer(MetaAnnotatedTests.class, List.of())).isNotNull();
		assertThat(this.factory.createContextCustomizer(SubclassTests.class, List.of())).isNotNull();
		assertThat(this.factory.createContextCustomizer(UsersRepositoryTests.InnerTests.class, List.of())).isNotNull();
	}

	private GenericApplicationContext contextFor(Class<?> testClass) {
		GenericApplicationContext context = new GenericApplicationContext();
		customizer(testClass).customizeContext(context, configuration(testClass));
		context.refresh();
		return context;
	}

	private ContextCustomizer customizer(Class<?> testClass) {
		ContextCustomizer customizer = this.factory.createContextCustomizer(testClass, List.of());
		assertThat(customizer).isNotNull();
		return customizer;
	}

	private static MergedContextConfiguration configuration(Class<?> testClass) {
		return new MergedContextConfiguration(testClass, new String[0], new Class<?>[0], new String[0], null);
	}

	private static List<String> tables(MariaDbEndpoint mariaDb, String database) throws Exception {
		try (Connection connection = DriverManager.getConnection(mariaDb.jdbcUrl(database), mariaDb.user(),
				mariaDb.password())) {
			List<String> tables = new java.util.ArrayList<>();
			try (var rows = connection.getMetaData().getTables(database, null, "%", null)) {
				while (rows.next()) {
					tables.add(rows.getString("TABLE_NAME"));
				}
			}
			return tables;
		}
	}

	@WithEngines({ EngineType.MARIADB, EngineType.REDIS })
	static class OrdersRepositoryTests {

	}

	@WithEngines({ EngineType.MARIADB, EngineType.REDIS })
	static class UsersRepositoryTests {

		@Nested
		class InnerTests {

		}

	}

	@WithEngines(EngineType.KAFKA)
	static class EventsTests {

	}

	@WithEngines(EngineType.REDIS)
	static class RedisOnlyTests {

	}

	@WithMariaDbAndRedis
	static class MetaAnnotatedTests {

	}

	static class SubclassTests extends OrdersRepositoryTests {

	}

	static class NotAnnotatedTests {

	}

}
