package org.hria.ordinance;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** At most so many callers run their work at once; the others wait their turn in arrival order. */
final class Turns {

	private final Semaphore permits;

	/** {@code atOnce} of 0 or less: one per processor. */
	Turns(int atOnce) {
		this.permits = new Semaphore(atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors(), true);
	}

	<T> T take(Supplier<T> work) {
		permits.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			permits.release();
		}
	}

}
