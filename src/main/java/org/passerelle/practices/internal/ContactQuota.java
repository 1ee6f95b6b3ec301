package org.passerelle.practices.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.stereotype.Component;

/**
 * At most {@value #PER_HOUR} messages an hour from one user through the practices'
 * contact form, so that the platform cannot be used to flood organisations. The count
 * lives in memory on each node: behind a load balancer with several nodes a user could
 * send a few more, which is acceptable for this purpose (like the login throttle).
 */
@Component
class ContactQuota {

	static final int PER_HOUR = 5;

	private final Cache<Long, AtomicInteger> sent = Caffeine.newBuilder()
		.expireAfter(Expiry.creating((Long user, AtomicInteger count) -> Duration.ofHours(1)))
		.maximumSize(100_000)
		.build();

	/** Counts one more message from the user; false once the hour's quota is used up. */
	boolean allow(long userId) {
		return this.sent.get(userId, user -> new AtomicInteger()).incrementAndGet() <= PER_HOUR;
	}

}
