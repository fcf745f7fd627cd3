package com.scalemart.user.signingkey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys of all instances, as one ring: the newest key signs; older keys stay published
 * until the last token they signed has expired, so rotation never invalidates a token.
 * Every instance reloads the ring from the database on a schedule and rotates when the
 * signing key is older than the rotation period; a named lock lets only one instance
 * create the next key.
 */
public class SigningKeyRing {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyRing.class);

	private final SigningKeyRepository repository;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration rotationPeriod;

	private final Duration publicationAfterRetirement;

	private volatile List<SigningKey> keys = List.of();

	/**
	 * The keys with their private halves, built once per reload rather than per token.
	 */
	private volatile JWKSet signingKeys = new JWKSet();

	/**
	 * @param publicationAfterRetirement how long a retired key stays published: the
	 * access token lifetime plus the clock skew resource servers allow
	 */
	SigningKeyRing(SigningKeyRepository repository, TransactionTemplate transactions, Clock clock,
			Duration rotationPeriod, Duration publicationAfterRetirement) {
		this.repository = repository;
		this.transactions = transactions;
		this.clock = clock;
		this.rotationPeriod = rotationPeriod;
		this.publicationAfterRetirement = publicationAfterRetirement;
	}

	/** The key that signs new tokens now. */
	public SigningKey current() {
		List<SigningKey> snapshot = this.keys;
		if (snapshot.isEmpty()) {
			throw new IllegalStateException("The signing key ring has not been loaded");
		}
		return snapshot.get(0);
	}

	/** The public keys resource servers must accept now, newest first. */
	public JWKSet publishedKeys() {
		Instant now = this.clock.instant();
		List<JWK> published = this.keys.stream()
			.filter((key) -> key.isPublishedAt(now, this.publicationAfterRetirement))
			.map(SigningKey::publicJwk)
			.map(JWK.class::cast)
			.toList();
		return new JWKSet(published);
	}

	/**
	 * Key material for the token encoder: every key we hold, selected by the header's
	 * kid.
	 */
	public JWKSource<SecurityContext> signingSource() {
		return (selector, context) -> selector.select(this.signingKeys);
	}

	/** Public keys for verifying, as published: a retired key stops verifying with it. */
	public JWKSource<SecurityContext> verificationSource() {
		return (selector, context) -> selector.select(publishedKeys());
	}

	/**
	 * Loads the ring, creating the first key if there is none or the newest is too old.
	 */
	public void refresh() {
		use(this.repository.findAll());
		if (this.keys.isEmpty() || isDue(this.keys.get(0))) {
			rotateIf(true);
		}
	}

	/** Makes a new key the signing key now, whatever the age of the current one. */
	public SigningKey rotate() {
		rotateIf(false);
		return current();
	}

	@Scheduled(fixedDelayString = "${scalemart.user.signing-keys.refresh-interval:30s}",
			initialDelayString = "${scalemart.user.signing-keys.refresh-interval:30s}")
	void scheduledRefresh() {
		try {
			refresh();
			int purged = this.repository.deleteRetiredBefore(
					this.clock.instant().minus(this.publicationAfterRetirement).minus(Duration.ofDays(1)));
			if (purged > 0) {
				log.info("Deleted {} signing keys no token can use any more", purged);
			}
		}
		catch (RuntimeException ex) {
			// Keep signing with the keys we have; the next run tries again.
			log.warn("Could not refresh the signing keys: {}", ex.toString());
		}
	}

	private void rotateIf(boolean onlyWhenDue) {
		use(this.transactions.execute((status) -> this.repository.withRotationLock(() -> {
			List<SigningKey> latest = this.repository.findAll();
			// Another instance may have rotated while we waited for the lock.
			if (onlyWhenDue && !latest.isEmpty() && !isDue(latest.get(0))) {
				return latest;
			}
			SigningKey next = SigningKey.generate(this.clock.instant());
			this.repository.insert(next);
			this.repository.retireAllBut(next.kid(), next.createdAt());
			log.info("Signing key {} now signs access tokens", next.kid());
			return this.repository.findAll();
		})));
	}

	private void use(List<SigningKey> loaded) {
		// Signing keys first: a reader that sees the new list must find its private key.
		this.signingKeys = new JWKSet(loaded.stream().map(SigningKey::privateJwk).map(JWK.class::cast).toList());
		this.keys = loaded;
	}

	private boolean isDue(SigningKey key) {
		return !key.createdAt().plus(this.rotationPeriod).isAfter(this.clock.instant());
	}

}
