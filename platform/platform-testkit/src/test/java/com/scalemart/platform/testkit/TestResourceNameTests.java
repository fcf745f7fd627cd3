package com.scalemart.platform.testkit;

import com.scalemart.platform.engines.MariaDbEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestResourceNameTests {

	@Test
	void classNamesBecomeSnakeCase() {
		assertThat(TestResourceName.snakeCase("SomethingIntegrationTests")).isEqualTo("something_integration_tests");
		assertThat(TestResourceName.snakeCase("HTTPClientTests")).isEqualTo("http_client_tests");
		assertThat(TestResourceName.snakeCase("Oauth2Tests")).isEqualTo("oauth2_tests");
		assertThat(TestResourceName.snakeCase("Weird$Name_")).isEqualTo("weird_name");
	}

	@Test
	void longClassNamesAreCutAt40Characters() {
		String snake = TestResourceName.snakeCase("AVeryLongIntegrationTestsClassNameThatGoesOnAndOnForeverTests");
		assertThat(snake).hasSizeLessThanOrEqualTo(40).startsWith("a_very_long_integration_tests").doesNotEndWith("_");
	}

	@Test
	void namesAreValidDatabaseNamesAndUniquePerCall() {
		String first = TestResourceName.forClass(TestResourceNameTests.class);
		String second = TestResourceName.forClass(TestResourceNameTests.class);
		assertThat(first).matches("t_test_resource_name_tests_[0-9a-f]{8}").isNotEqualTo(second);
		assertThat(MariaDbEndpoint.requireValidName(first)).isEqualTo(first);
		class AVeryLongIntegrationTestsClassNameThatGoesOnAndOnForeverTests {

		}
		String longest = TestResourceName.forClass(AVeryLongIntegrationTestsClassNameThatGoesOnAndOnForeverTests.class);
		assertThat(longest).hasSizeLessThanOrEqualTo(2 + 40 + 1 + 8);
		assertThat(MariaDbEndpoint.requireValidName(longest)).isEqualTo(longest);
	}

}
