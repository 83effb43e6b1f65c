package org.hria.survey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Collects facilities as the reader finishes them and checks them a batch at a time, so memory
 * is bounded by the batches in hand, not by the number of facilities. A full batch is checked on
 * the checker's worker threads while the reader goes on with the next one; the results reach
 * the consumer on the caller's thread, in the order of the file. Call {@link #flush()} at the end.
 */
final class FacilityBatch implements Consumer<Facility> {

	static final int SIZE = 200;

	/** Batches checked ahead of the one being read: enough to keep a second core busy, and the memory bound. */
	private static final int AHEAD = 2;

	private final SurveyChecker checker;

	private final Consumer<FacilityResult> results;

	private List<Facility> pending = new ArrayList<>(SIZE);

	private final Deque<Future<List<FacilityResult>>> inFlight = new ArrayDeque<>();

	FacilityBatch(SurveyChecker checker, Consumer<FacilityResult> results) {
		this.checker = checker;
		this.results = results;
	}

	@Override
	public void accept(Facility facility) {
		pending.add(facility);
		if (pending.size() >= SIZE) {
			submit();
			deliver(false);
		}
	}

	/** Checks what is left and hands every result over before returning. */
	void flush() {
		if (!pending.isEmpty()) {
			submit();
		}
		deliver(true);
	}

	private void submit() {
		inFlight.add(checker.checkAhead(pending));
		pending = new ArrayList<>(SIZE);
	}

	/**
	 * Hands over finished batches in order; when too many are in flight, or at the end, waits for the
	 * oldest, checking meanwhile the newest batch no worker has started.
	 */
	private void deliver(boolean all) {
		while (!inFlight.isEmpty() && (all || inFlight.size() > AHEAD || inFlight.peek().isDone())) {
			if (!inFlight.peek().isDone()) {
				checker.checkHereIfWaiting(inFlight.descendingIterator());
			}
			await(inFlight.poll()).forEach(results);
		}
	}

	private static List<FacilityResult> await(Future<List<FacilityResult>> batch) {
		try {
			return batch.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while checking facilities", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("checking facilities failed", ex.getCause());
		}
	}

}
