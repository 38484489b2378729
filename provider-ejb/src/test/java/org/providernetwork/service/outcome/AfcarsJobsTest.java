package org.providernetwork.service.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.service.platform.BackgroundJobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extract jobs held in memory: found only by their owner, forgotten a while after they end, never while running. */
class AfcarsJobsTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final AfcarsJobs jobs = new AfcarsJobs(clock);

    @Test
    void aJobIsFoundOnlyByTheUserWhoStartedIt() {
        AfcarsJob job = jobs.create("state.staff", 10, null);
        assertEquals(job, jobs.find(job.id(), "state.staff").orElseThrow());
        assertTrue(jobs.find(job.id(), "someone.else").isEmpty());
        assertTrue(jobs.find(null, "state.staff").isEmpty());
        assertTrue(jobs.find(job.id(), null).isEmpty());
    }

    @Test
    void anEndedJobIsForgottenOnceItsRetentionHasPassedAndARunningOneNever() {
        AfcarsJob written = jobs.create("state.staff", 10, null);
        AfcarsJob failed = jobs.create("state.staff", 10, null);
        AfcarsJob running = jobs.create("state.staff", 10, null);
        jobs.done(written, null);
        jobs.failed(failed, "The extract was not imported: a child of this extract was imported meanwhile");

        clock.now = clock.now.plus(BackgroundJobs.KEPT).minusSeconds(1);
        jobs.prune();
        assertTrue(jobs.find(written.id(), "state.staff").isPresent(), "still within the retention");
        assertTrue(jobs.find(failed.id(), "state.staff").isPresent(), "still within the retention");

        clock.now = clock.now.plusSeconds(2);
        jobs.create("state.staff", 1, null); // starting a job prunes
        assertTrue(jobs.find(written.id(), "state.staff").isEmpty(), "forgotten after the retention");
        assertTrue(jobs.find(failed.id(), "state.staff").isEmpty(), "forgotten after the retention");
        assertTrue(jobs.find(running.id(), "state.staff").isPresent(), "a running job is never forgotten");
        assertEquals(2, jobs.size());

        clock.now = clock.now.plus(Duration.ofDays(3));
        jobs.prune();
        assertTrue(jobs.find(running.id(), "state.staff").isPresent(), "a running job is never forgotten");
    }

    @Test
    void aJobSaysHowItEndedInWords() {
        AfcarsJob job = jobs.create("state.staff", 200, null);
        job.written(100);
        assertTrue(job.running());
        assertEquals(50, job.percent());
        assertNull(job.ended());

        job.written(200);
        assertEquals(99, job.percent(), "100 only once the write has committed");
        jobs.failed(job, "The import failed and nothing was written.");
        assertTrue(job.finished());
        assertFalse(job.running());
        assertEquals(AfcarsJob.State.FAILED, job.state());
        assertEquals("The import failed and nothing was written.", job.failure());
        assertEquals(clock.now, job.ended());
        assertTrue(job.percent() < 100, "a failed job is not shown as complete");

        AfcarsJob ok = jobs.create("state.staff", 3, null);
        jobs.done(ok, null);
        assertEquals(100, ok.percent());
        assertNull(ok.failure());
    }
}
