package com.scalemart.user.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import com.scalemart.user.signingkey.SigningKey;
import com.scalemart.user.signingkey.SigningKeyRing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every way we know to forge or misuse a token is answered 401, with the problem type of
 * an invalid token and the RFC 6750 challenge; a valid token without the role gets 403.
 */
@UserServiceIntegrationTest
class ForgedTokenIntegrationTests {

	private static final String ISSUER = "https://auth.scalemart.dev";

	@Autowired
	SigningKeyRing ring;

	@Autowired
	UserApi api;

	String userId;

	String validToken;

	@BeforeEach
	void setUp() throws Exception {
		this.validToken = this.api.accessToken("victim@example.com");
		this.userId = SignedJWT.parse(this.validToken).getJWTClaimsSet().getSubject();
	}

	@Test
	void theGenuineTokenIsAccepted() throws Exception {
		assertThat(me(this.validToken).getResponse().getStatus()).isEqualTo(200);
		assertThat(me(sign(claims().build(), this.ring.current().kid(), realKey())).getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void aTamperedPayloadIsRejected() throws Exception {
		String[] parts = this.validToken.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
		String escalated = payload.replace("\"USER\"", "\"ADMIN\"");
		assertThat(escalated).isNotEqualTo(payload);
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(escalated.getBytes())
				+ "." + parts[2];
		assertRejected(forged);
	}

	@Test
	void anUnknownKeyIdIsRejected() throws Exception {
		assertRejected(sign(claims().build(), "unknown-kid", realKey()));
	}

	@Test
	void algNoneIsRejected() throws Exception {
		assertRejected(new PlainJWT(claims().build()).serialize());
	}

	@Test
	void hs256SignedWithThePublicKeyIsRejected() throws Exception {
		SigningKey real = this.ring.current();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(real.kid()).build(),
				claims().build());
		jwt.sign(new MACSigner(real.publicKey().getEncoded()));
		assertRejected(jwt.serialize());
	}

	@Test
	void anExpiredTokenIsRejected() throws Exception {
		Instant longAgo = Instant.now().minusSeconds(3600);
		JWTClaimsSet expired = claims().issueTime(Date.from(longAgo))
			.notBeforeTime(Date.from(longAgo))
			.expirationTime(Date.from(longAgo.plusSeconds(900)))
			.build();
		assertRejected(sign(expired, this.ring.current().kid(), realKey()));
	}

	@Test
	void aTokenWithoutExpiryIsRejected() throws Exception {
		assertRejected(sign(claims().expirationTime(null).build(), this.ring.current().kid(), realKey()));
	}

	@Test
	void anotherIssuerIsRejected() throws Exception {
		assertRejected(sign(claims().issuer("https://evil.example").build(), this.ring.current().kid(), realKey()));
	}

	@Test
	void anotherAudienceIsRejected() throws Exception {
		assertRejected(sign(claims().audience("another-platform").build(), this.ring.current().kid(), realKey()));
	}

	@Test
	void aForeignKeyUnderOurKeyIdIsRejected() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair foreign = generator.generateKeyPair();
		assertRejected(sign(claims().build(), this.ring.current().kid(), (RSAPrivateKey) foreign.getPrivate()));
	}

	@Test
	void garbageIsRejected() throws Exception {
		assertRejected("not.a.jwt");
	}

	@Test
	void noTokenAsksForOne() throws Exception {
		MvcResult result = this.api.perform(get("/api/users/me"));
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(this.api.body(result).get("type").asString()).endsWith("/authentication-required");
	}

	@Test
	void aValidTokenWithoutTheRoleIsForbidden() throws Exception {
		String other = this.api.body(this.api.register("someone-else@example.com")).get("id").asString();
		MvcResult otherUser = this.api.getWithToken("/api/users/" + other, this.validToken);
		assertThat(otherUser.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.api.body(otherUser).get("type").asString()).endsWith("/forbidden");

		MvcResult rotate = this.api.perform(post("/api/admin/signing-keys/rotation").header(HttpHeaders.AUTHORIZATION,
				"Bearer " + this.validToken));
		assertThat(rotate.getResponse().getStatus()).isEqualTo(403);
	}

	private JWTClaimsSet.Builder claims() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience("scalemart")
			.subject(this.userId)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)))
			.jwtID(UUID.randomUUID().toString())
			.claim("roles", List.of("USER"));
	}

	private RSAPrivateKey realKey() {
		return this.ring.current().privateKey();
	}

	private static String sign(JWTClaimsSet claims, String kid, RSAPrivateKey key) throws Exception {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private MvcResult me(String token) throws Exception {
		return this.api.getWithToken("/api/users/me", token);
	}

	private void assertRejected(String token) throws Exception {
		MvcResult result = me(token);
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
		JsonNode problem = this.api.body(result);
		assertThat(problem.get("type").asString()).endsWith("/invalid-token");
	}

}
