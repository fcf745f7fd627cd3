package com.scalemart.platform.testkit.tokens;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Issues tokens the way the user service does (RS256, a {@code kid}, issuer, audience,
 * roles) and publishes its public key at a JWKS endpoint on 127.0.0.1, so that a service
 * under test validates them exactly as in production: over HTTP, against the JWKS URI it
 * is configured with. One issuer is shared per test JVM ({@link #shared()}).
 */
public final class TestTokenIssuer implements AutoCloseable {

	/** The issuer every ScaleMart service expects by default. */
	public static final String ISSUER = "https://auth.scalemart.dev";

	/** The audience every ScaleMart service expects by default. */
	public static final String AUDIENCE = "scalemart";

	private static TestTokenIssuer shared;

	private final RSAKey key;

	private final HttpServer server;

	private TestTokenIssuer() {
		this.key = newKey("test-" + UUID.randomUUID());
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		this.server.createContext("/.well-known/jwks.json", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(jwks);
			}
		});
		this.server.start();
	}

	/** The issuer shared by the tests of this JVM, started on first use. */
	public static synchronized TestTokenIssuer shared() {
		if (shared == null) {
			shared = new TestTokenIssuer();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-token-issuer-stop"));
		}
		return shared;
	}

	/**
	 * Where the public key is published: set it as {@code scalemart.security.jwks-uri}.
	 */
	public URI jwksUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/.well-known/jwks.json");
	}

	/** A valid access token for the user, good for 10 minutes. */
	public String token(String subject, String... roles) {
		return sign(claims(subject, roles).build());
	}

	/** The claims of a valid token, to be changed before {@link #sign(JWTClaimsSet)}. */
	public JWTClaimsSet.Builder claims(String subject, String... roles) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(subject)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
			.jwtID(UUID.randomUUID().toString())
			.claim("roles", List.of(roles));
	}

	/** Signs with the published key. */
	public String sign(JWTClaimsSet claims) {
		return sign(claims, this.key.getKeyID(), privateKey(this.key));
	}

	/** The tokens every resource server must refuse, forged against this issuer. */
	public List<ForgedToken> forgedTokens(String subject) {
		return ForgedToken.all(this, subject);
	}

	String keyId() {
		return this.key.getKeyID();
	}

	RSAPublicKey publicKey() {
		try {
			return this.key.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sign(JWTClaimsSet claims, String kid, RSAPrivateKey privateKey) {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
		try {
			jwt.sign(new RSASSASigner(privateKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	static RSAKey newKey(String kid) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RSAPrivateKey privateKey(RSAKey key) {
		try {
			return key.toRSAPrivateKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
