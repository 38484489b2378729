package org.providernetwork.service.imports;

import org.junit.jupiter.api.Test;
import org.providernetwork.service.platform.BackgroundJob;
import org.providernetwork.service.platform.BackgroundJobs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import's jobs share the background-job rules with the outcome extract's: progress never shows
 * 100 before the write has committed, a refused or failed job says why, only its owner reads it.
 */
class ImportJobsTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    private final ImportJobs jobs = new ImportJobs(Clock.fixed(START, ZoneOffset.UTC));

    @Test
    void progressCountsStepsAndShowsAHundredOnlyOnceWritten() {
        ImportJob job = jobs.create("lead.r1", 4);
        for (int i = 0; i < 4; i++) {
            job.step();
        }
        assertEquals(4, job.done());
        assertEquals(99, job.percent(), "every step done but not yet committed");
        assertTrue(job.running());
        ImportResult result = new ImportResult(1, 2, 0, 15);
        jobs.finished(job, result);
        assertEquals(100, job.percent());
        assertEquals(BackgroundJob.State.DONE, job.state());
        assertSame(result, job.result());
        assertEquals(START, job.ended());
        assertNull(job.failure());
    }

    @Test
    void aRefusedJobKeepsItsReportAndAFailedOneItsWords() {
        ImportJob refused = jobs.create("lead.r1", 10);
        ImportReport report = new ImportReport(3, 1, 1, 1, List.of());
        jobs.rejected(refused, report);
        assertEquals(BackgroundJob.State.REJECTED, refused.state());
        assertSame(report, refused.report());
        assertTrue(refused.finished());
        assertTrue(refused.percent() < 100);

        ImportJob failed = jobs.create("lead.r1", 10);
        jobs.failed(failed, "the import failed and nothing was written");
        assertEquals(BackgroundJob.State.FAILED, failed.state());
        assertEquals("the import failed and nothing was written", failed.failure());
        assertNull(failed.result());
    }

    @Test
    void onlyItsOwnerFindsAJob() {
        ImportJob job = jobs.create("lead.r1", 1);
        assertSame(job, jobs.find(job.id(), "lead.r1").orElseThrow());
        assertFalse(jobs.find(job.id(), "lead.r2").isPresent());
        assertFalse(jobs.find(job.id(), null).isPresent());
        assertFalse(jobs.find(null, "lead.r1").isPresent());
        assertTrue(BackgroundJobs.KEPT.toMinutes() >= 60, "an ended job stays long enough to be read");
    }
}
