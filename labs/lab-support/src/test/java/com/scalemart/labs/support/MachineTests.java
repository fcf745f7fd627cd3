package com.scalemart.labs.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MachineTests {

	@Test
	void describesThisMachine() {
		Machine machine = Machine.current();
		assertThat(machine.processors()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(machine.java()).contains(System.getProperty("java.runtime.version"));
		assertThat(machine.describe()).startsWith(machine.processors() + " processors, ").contains("load average");
	}

}
