package com.scalemart.platform.testkit;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest Boot application: a data source and a Redis connection, configured by the
 * properties the testkit sets.
 */
@SpringBootApplication
class TestkitTestApplication {

}
