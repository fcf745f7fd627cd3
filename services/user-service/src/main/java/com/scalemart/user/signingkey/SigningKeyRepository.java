package com.scalemart.user.signingkey;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing keys in MariaDB; private keys only ever leave this class encrypted. */
class SigningKeyRepository {

	private final JdbcClient jdbc;

	private final KeyEncryption encryption;

	SigningKeyRepository(JdbcClient jdbc, KeyEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	/** Newest first. */
	List<SigningKey> findAll() {
		return this.jdbc.sql(
				"SELECT kid, public_key, private_key_encrypted, created_at, retired_at FROM signing_keys ORDER BY created_at DESC, kid")
			.query(this::map)
			.list();
	}

	void insert(SigningKey key) {
		this.jdbc.sql(
				"INSERT INTO signing_keys (kid, algorithm, public_key, private_key_encrypted, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(key.kid(), SigningKey.ALGORITHM, key.publicKey().getEncoded(),
					this.encryption.encrypt(key.privateKey().getEncoded(), key.kid()), utc(key.createdAt()))
			.update();
	}

	void retireAllBut(String kid, Instant at) {
		this.jdbc.sql("UPDATE signing_keys SET retired_at = ? WHERE kid <> ? AND retired_at IS NULL")
			.params(utc(at), kid)
			.update();
	}

	int deleteRetiredBefore(Instant before) {
		return this.jdbc.sql("DELETE FROM signing_keys WHERE retired_at < ?").param(utc(before)).update();
	}

	/**
	 * Runs {@code work} while holding a server-wide named lock, so that of several
	 * instances only one creates a key at a time. Named locks belong to a connection:
	 * call this inside a transaction, so that lock, work and unlock run on the same one.
	 */
	<T> T withRotationLock(Supplier<T> work) {
		Integer acquired = this.jdbc.sql("SELECT GET_LOCK('scalemart_signing_key_rotation', 10)")
			.query(Integer.class)
			.single();
		if (acquired == null || acquired != 1) {
			throw new IllegalStateException("Another instance holds the key rotation lock for more than 10 s");
		}
		try {
			return work.get();
		}
		finally {
			this.jdbc.sql("SELECT RELEASE_LOCK('scalemart_signing_key_rotation')").query(Integer.class).single();
		}
	}

	private SigningKey map(ResultSet rs, int row) throws SQLException {
		String kid = rs.getString("kid");
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPublicKey publicKey = (RSAPublicKey) rsa
				.generatePublic(new X509EncodedKeySpec(rs.getBytes("public_key")));
			byte[] privateDer = this.encryption.decrypt(rs.getBytes("private_key_encrypted"), kid);
			RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
			LocalDateTime retiredAt = rs.getObject("retired_at", LocalDateTime.class);
			return new SigningKey(kid, publicKey, privateKey,
					rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
					(retiredAt != null) ? retiredAt.toInstant(ZoneOffset.UTC) : null);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored signing key " + kid + " is corrupt", ex);
		}
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
