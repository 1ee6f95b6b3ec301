package org.passerelle.accounts.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.stereotype.Component;

/**
 * Registration, confirmation and reset mail can be requested by anyone for any address:
 * at most {@value #PER_HOUR} such messages an hour go to one address, so that the
 * platform cannot be used to flood someone's mailbox. (Per node, like the login
 * throttle.)
 */
@Component
class LinkMailQuota {

	static final int PER_HOUR = 5;

	private final Cache<String, AtomicInteger> sent = Caffeine.newBuilder()
		.expireAfter(Expiry.creating((String address, AtomicInteger count) -> Duration.ofHours(1)))
		.maximumSize(100_000)
		.build();

	/** Counts one more message to the address; false once the hour's quota is used up. */
	boolean allow(String email) {
		return this.sent.get(UserAccount.normaliseEmail(email), address -> new AtomicInteger())
			.incrementAndGet() <= PER_HOUR;
	}

}
