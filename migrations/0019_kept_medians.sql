CREATE TABLE `metric_median_months` (
	`scope` text NOT NULL,
	`month` text NOT NULL,
	`built_at` integer NOT NULL,
	PRIMARY KEY(`scope`, `month`)
);
--> statement-breakpoint
CREATE TABLE `metric_medians` (
	`scope` text NOT NULL,
	`month` text NOT NULL,
	`scope_id` integer NOT NULL,
	`measure` text NOT NULL,
	`n` integer NOT NULL,
	`lo` integer NOT NULL,
	`hi` integer NOT NULL,
	PRIMARY KEY(`scope`, `month`, `scope_id`, `measure`)
);
--> statement-breakpoint
-- A bucket of an ended month changed (a rebuild): that scope and month is ranked again by the job.
CREATE TRIGGER `metric_medians_hist_insert` AFTER INSERT ON `metric_hist` BEGIN DELETE FROM `metric_median_months` WHERE `scope` = NEW.`scope` AND `month` = NEW.`month`; END;
--> statement-breakpoint
CREATE TRIGGER `metric_medians_hist_update` AFTER UPDATE ON `metric_hist` BEGIN DELETE FROM `metric_median_months` WHERE (`scope` = OLD.`scope` AND `month` = OLD.`month`) OR (`scope` = NEW.`scope` AND `month` = NEW.`month`); END;
--> statement-breakpoint
CREATE TRIGGER `metric_medians_hist_delete` AFTER DELETE ON `metric_hist` BEGIN DELETE FROM `metric_median_months` WHERE `scope` = OLD.`scope` AND `month` = OLD.`month`; END;
