package com.scalemart.platform.engines;

import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DumpScriptTests {

	@Test
	void statementsEndAtALineEndingWithTheDelimiterAndCommentsAreSkipped() throws Exception {
		String dump = """
				-- MariaDB dump 10.19
				/*!40101 SET NAMES utf8mb4 */;
				CHANGE MASTER TO MASTER_USE_GTID=slave_pos;

				CREATE TABLE `item` (
				  `id` int(11) NOT NULL,
				  `name` varchar(20) DEFAULT ';',
				  PRIMARY KEY (`id`)
				) ENGINE=InnoDB;
				INSERT INTO `item` VALUES (1,'a;b\\nc'),(2,'x');
				DELIMITER ;;
				/*!50003 CREATE TRIGGER t BEFORE INSERT ON item FOR EACH ROW BEGIN
				  SET NEW.name = 'y';
				END */;;
				DELIMITER ;
				-- Preferably use GTID to start replication from GTID position:
				SET GLOBAL gtid_slave_pos='0-1-42';
				""";
		List<String> executed = new ArrayList<>();
		int count = DumpScript.run(new BufferedReader(new StringReader(dump)), recording(executed));
		assertThat(count).isEqualTo(6);
		assertThat(executed).containsExactly("/*!40101 SET NAMES utf8mb4 */",
				"CHANGE MASTER TO MASTER_USE_GTID=slave_pos",
				"CREATE TABLE `item` (\n  `id` int(11) NOT NULL,\n  `name` varchar(20) DEFAULT ';',\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB",
				"INSERT INTO `item` VALUES (1,'a;b\\nc'),(2,'x')",
				"/*!50003 CREATE TRIGGER t BEFORE INSERT ON item FOR EACH ROW BEGIN\n  SET NEW.name = 'y';\nEND */",
				"SET GLOBAL gtid_slave_pos='0-1-42'");
	}

	@Test
	void aLastStatementWithoutDelimiterIsStillExecuted() throws Exception {
		List<String> executed = new ArrayList<>();
		DumpScript.run(new BufferedReader(new StringReader("SELECT 1;\nSELECT 2\n")), recording(executed));
		assertThat(executed).containsExactly("SELECT 1", "SELECT 2\n");
	}

	private static Statement recording(List<String> executed) {
		return (Statement) Proxy.newProxyInstance(DumpScriptTests.class.getClassLoader(),
				new Class<?>[] { Statement.class }, (proxy, method, args) -> {
					if (method.getName().equals("execute")) {
						executed.add((String) args[0]);
						return false;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}
