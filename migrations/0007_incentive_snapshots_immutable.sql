-- A published incentive ranking is an input to the performance allowance (TPP, PP 12/2019 art. 58):
-- once written it never changes. No code path updates or deletes it; these triggers make the
-- database refuse it too, whoever asks (docs/metrics.md §5.2). Written by hand: drizzle-kit does
-- not generate triggers.
CREATE TRIGGER `incentive_snapshots_no_update` BEFORE UPDATE ON `incentive_snapshots`
BEGIN
  SELECT RAISE(ABORT, 'published incentive snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `incentive_snapshots_no_delete` BEFORE DELETE ON `incentive_snapshots`
BEGIN
  SELECT RAISE(ABORT, 'published incentive snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `incentive_snapshot_rows_no_update` BEFORE UPDATE ON `incentive_snapshot_rows`
BEGIN
  SELECT RAISE(ABORT, 'published incentive snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `incentive_snapshot_rows_no_delete` BEFORE DELETE ON `incentive_snapshot_rows`
BEGIN
  SELECT RAISE(ABORT, 'published incentive snapshots are immutable');
END;
