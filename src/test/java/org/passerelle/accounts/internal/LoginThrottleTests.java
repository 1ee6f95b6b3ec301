package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves by hand. */
class LoginThrottleTests {

	final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	final LoginThrottle throttle = new LoginThrottle(new AccountsProperties(Duration.ofHours(48), Duration.ofHours(1),
			5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), this.nanos::get);

	void later(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

	@Test
	void fifthFailureWithinTheWindowLocksTheAddress() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("a@example.org", "10.0.0.1");
		}
		assertThat(this.throttle.isLocked("a@example.org", "10.0.0.9")).isFalse();

		this.throttle.failed("A@Example.org", "10.0.0.1");

		assertThat(this.throttle.isLocked("a@example.org", "10.0.0.9")).isTrue();
		assertThat(this.throttle.isLocked("b@example.org", "10.0.0.9")).isFalse();
	}

	@Test
	void lockEndsAfterFifteenMinutes() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("a@example.org", null);
		}
		later(Duration.ofMinutes(14));
		assertThat(this.throttle.isLocked("a@example.org", null)).isTrue();

		later(Duration.ofMinutes(2));

		assertThat(this.throttle.isLocked("a@example.org", null)).isFalse();
	}

	@Test
	void failuresOutsideTheWindowDoNotCount() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("a@example.org", null);
		}
		later(Duration.ofMinutes(16));

		this.throttle.failed("a@example.org", null);

		assertThat(this.throttle.isLocked("a@example.org", null)).isFalse();
	}

	@Test
	void successForgetsTheAddressFailures() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("a@example.org", null);
		}
		this.throttle.succeeded("a@example.org");

		this.throttle.failed("a@example.org", null);

		assertThat(this.throttle.isLocked("a@example.org", null)).isFalse();
	}

	@Test
	void twentiethFailureFromAnIpAddressLocksIt() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("user" + i + "@example.org", "192.0.2.7");
		}

		assertThat(this.throttle.isLocked("fresh@example.org", "192.0.2.7")).isTrue();
		assertThat(this.throttle.isLocked("fresh@example.org", "192.0.2.8")).isFalse();
	}

}
