package com.scalemart.platform.data;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** A small repository whose reads are read-only transactions, as an application's are. */
class Items {

	private final JdbcClient jdbc;

	Items(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Read read(int id) {
		return this.jdbc.sql("SELECT name, @@server_id FROM item WHERE id = ?")
			.param(id)
			.query((rs, row) -> new Read(rs.getString(1), rs.getInt(2)))
			.single();
	}

	@Transactional
	public int serverIdForWrites() {
		return this.jdbc.sql("SELECT @@server_id").query(Integer.class).single();
	}

	@Transactional
	public void rename(int id, String name) {
		this.jdbc.sql("UPDATE item SET name = ? WHERE id = ?").params(name, id).update();
	}

	/** A name and the server it came from: 1 the primary, 2 the replica. */
	record Read(String name, int serverId) {
	}

}
