-- metric_hist stored in the order of its key (issue 14.2): an officer's own page ranks their
-- medians live from their buckets of the last 12 months (src/modules/metrics/medians.ts), which
-- the key finds in order, but each bucket's count lived in a table row placed by insertion: the
-- 914 buckets of the busiest officer at 500,000 cases were 914 reads scattered over the table,
-- 10.4 ms of the page's 14 ms in SQL. Keyed storage (WITHOUT ROWID) keeps a scope's buckets of a
-- month side by side, a few pages for the same read. Same columns, key, index and triggers
-- (0005, 0019); the rows are copied as they are. Written by hand: drizzle-kit cannot declare
-- WITHOUT ROWID.
CREATE TABLE `metric_hist_clustered` (
	`scope` text NOT NULL,
	`scope_id` integer NOT NULL,
	`measure` text NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`minutes` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`scope`, `scope_id`, `month`, `kind`, `measure`, `minutes`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `metric_hist_clustered` (`scope`, `scope_id`, `measure`, `month`, `kind`, `minutes`, `n`)
SELECT `scope`, `scope_id`, `measure`, `month`, `kind`, `minutes`, `n` FROM `metric_hist`;
--> statement-breakpoint
DROP TABLE `metric_hist`;
--> statement-breakpoint
ALTER TABLE `metric_hist_clustered` RENAME TO `metric_hist`;
--> statement-breakpoint
CREATE INDEX `metric_hist_month_idx` ON `metric_hist` (`scope`,`month`);
--> statement-breakpoint
CREATE TRIGGER `metric_medians_hist_insert` AFTER INSERT ON `metric_hist` BEGIN DELETE FROM `metric_median_months` WHERE `scope` = NEW.`scope` AND `month` = NEW.`month`; END;
--> statement-breakpoint
CREATE TRIGGER `metric_medians_hist_update` AFTER UPDATE ON `metric_hist` BEGIN DELETE FROM `metric_median_months` WHERE (`scope` = OLD.`scope` AND `month` = OLD.`month`) OR (`scope` = NEW.`scope` AND `month` = NEW.`month`); END;
--> statement-breakpoint
CREATE TRIGGER `metric_medians_hist_delete` AFTER DELETE ON `metric_hist` BEGIN DELETE FROM `metric_median_months` WHERE `scope` = OLD.`scope` AND `month` = OLD.`month`; END;
