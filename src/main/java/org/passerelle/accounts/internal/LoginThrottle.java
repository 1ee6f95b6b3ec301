package org.passerelle.accounts.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per address and per IP address. Once an address (or an IP address)
 * reaches its limit within the window, every attempt for it is refused, right password or
 * not, until the lock runs out. Counts live in this node's memory: behind a load balancer
 * each node throttles on its own, which still bounds guessing.
 */
@Component
class LoginThrottle {

	private final AccountsProperties properties;

	private final Ticker ticker;

	private final Cache<String, Deque<Long>> failures;

	private final Cache<String, Boolean> locked;

	@Autowired
	LoginThrottle(AccountsProperties properties) {
		this(properties, Ticker.systemTicker());
	}

	LoginThrottle(AccountsProperties properties, Ticker ticker) {
		this.properties = properties;
		this.ticker = ticker;
		this.failures = Caffeine.newBuilder()
			.ticker(ticker)
			.expireAfterAccess(properties.throttleWindow())
			.maximumSize(100_000)
			.build();
		this.locked = Caffeine.newBuilder()
			.ticker(ticker)
			.expireAfterWrite(properties.throttleLock())
			.maximumSize(100_000)
			.build();
	}

	boolean isLocked(String email, String ip) {
		return this.locked.getIfPresent(addressKey(email)) != null
				|| (ip != null && this.locked.getIfPresent(ipKey(ip)) != null);
	}

	void failed(String email, String ip) {
		count(addressKey(email), this.properties.maxFailuresPerAddress());
		if (ip != null) {
			count(ipKey(ip), this.properties.maxFailuresPerIp());
		}
	}

	/** A successful login forgets the address's failures (not the IP address's). */
	void succeeded(String email) {
		this.failures.invalidate(addressKey(email));
	}

	private void count(String key, int limit) {
		long now = this.ticker.read();
		long windowStart = now - this.properties.throttleWindow().toNanos();
		Deque<Long> times = this.failures.get(key, k -> new ArrayDeque<>());
		int recent;
		synchronized (times) {
			times.addLast(now);
			while (!times.isEmpty() && times.peekFirst() < windowStart) {
				times.removeFirst();
			}
			recent = times.size();
			if (recent >= limit) {
				times.clear();
			}
		}
		if (recent >= limit) {
			this.locked.put(key, Boolean.TRUE);
		}
	}

	private static String addressKey(String email) {
		return "address:" + UserAccount.normaliseEmail(email == null ? "" : email);
	}

	private static String ipKey(String ip) {
		return "ip:" + ip;
	}

	Duration lockDuration() {
		return this.properties.throttleLock();
	}

}
