package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class TurnsTests {

	@Test
	void letsASecondCallerRunOnlyWhenTheFirstIsDone() throws Exception {
		Turns turns = new Turns(1);
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch finishFirst = new CountDownLatch(1);
		AtomicBoolean secondRan = new AtomicBoolean();
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> turns.take(() -> {
			firstStarted.countDown();
			await(finishFirst);
			return "first";
		}));
		assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> turns.take(() -> {
			secondRan.set(true);
			return "second";
		}));
		Thread.sleep(200);
		assertThat(secondRan).isFalse();
		finishFirst.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(secondRan).isTrue();
	}

	@Test
	void givesItsTurnBackWhenTheWorkFails() {
		Turns turns = new Turns(1);
		assertThatThrownBy(() -> turns.take(() -> {
			throw new IllegalStateException("broken draft");
		})).hasMessage("broken draft");
		assertThat(turns.<Integer>take(() -> 42)).isEqualTo(42);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
