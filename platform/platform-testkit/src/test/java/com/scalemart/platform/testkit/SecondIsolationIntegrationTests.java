package com.scalemart.platform.testkit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Inherits {@link WithEngines} from its superclass.
 */
@SpringBootTest(classes = TestkitTestApplication.class)
class SecondIsolationIntegrationTests extends InheritedEngines {

	@Test
	void seesOnlyItsOwnDatabaseAndKeys() {
		ownDatabaseAndKeyPrefixThatNobodyElseUsed();
	}

}
