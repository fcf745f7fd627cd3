package com.scalemart.platform.testkit.tokens;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * A token a resource server must refuse with 401, and how it was forged. The list covers
 * the attacks on JWT validation we know of: a tampered payload, an unknown key id,
 * {@code alg: none}, HS256 signed with the public key, a foreign key under our key id, an
 * expired token, one without expiry, another issuer, another audience, and garbage.
 *
 * @param description what was done, for the test's name
 * @param token the compact serialization to send as a bearer token
 */
public record ForgedToken(String description, String token) {

	static List<ForgedToken> all(TestTokenIssuer issuer, String subject) {
		String genuine = issuer.token(subject, "USER");
		Instant longAgo = Instant.now().minusSeconds(3600);
		return List.of(new ForgedToken("tampered payload (USER made ADMIN)", tamper(genuine)),
				new ForgedToken("unknown key id",
						TestTokenIssuer.sign(issuer.claims(subject, "ADMIN").build(), "unknown-kid",
								TestTokenIssuer.privateKey(TestTokenIssuer.newKey("unknown-kid")))),
				new ForgedToken("alg none", new PlainJWT(issuer.claims(subject, "ADMIN").build()).serialize()),
				new ForgedToken("HS256 signed with the public key", hs256WithPublicKey(issuer, subject)),
				new ForgedToken("foreign key under our key id",
						TestTokenIssuer.sign(issuer.claims(subject, "ADMIN").build(), issuer.keyId(),
								TestTokenIssuer.privateKey(TestTokenIssuer.newKey(issuer.keyId())))),
				new ForgedToken("expired",
						issuer.sign(issuer.claims(subject, "USER")
							.issueTime(Date.from(longAgo))
							.notBeforeTime(Date.from(longAgo))
							.expirationTime(Date.from(longAgo.plusSeconds(900)))
							.build())),
				new ForgedToken("no expiry", issuer.sign(issuer.claims(subject, "USER").expirationTime(null).build())),
				new ForgedToken("another issuer",
						issuer.sign(issuer.claims(subject, "USER").issuer("https://evil.example").build())),
				new ForgedToken("another audience",
						issuer.sign(issuer.claims(subject, "USER").audience("another-platform").build())),
				new ForgedToken("garbage", "not.a.jwt"));
	}

	private static String tamper(String genuine) {
		String[] parts = genuine.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String escalated = payload.replace("\"USER\"", "\"ADMIN\"");
		return parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(escalated.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
	}

	private static String hs256WithPublicKey(TestTokenIssuer issuer, String subject) {
		JWTClaimsSet claims = issuer.claims(subject, "ADMIN").build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuer.keyId()).build(), claims);
		try {
			jwt.sign(new MACSigner(issuer.publicKey().getEncoded()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	@Override
	public String toString() {
		return this.description;
	}

}
