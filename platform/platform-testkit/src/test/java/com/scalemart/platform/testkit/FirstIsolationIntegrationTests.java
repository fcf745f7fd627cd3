package com.scalemart.platform.testkit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Gets its engines through an annotation of its own that carries {@link WithEngines}.
 */
@SpringBootTest(classes = TestkitTestApplication.class)
@WithMariaDbAndRedis
class FirstIsolationIntegrationTests extends IsolationChecks {

	@Test
	void seesOnlyItsOwnDatabaseAndKeys() {
		ownDatabaseAndKeyPrefixThatNobodyElseUsed();
	}

}
