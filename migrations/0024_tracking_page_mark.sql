-- The public tracking page of a case (/lacak/{code}) is kept as answered while nothing it shows
-- has changed (issue 14.4, src/modules/tracking/kept-page.ts). What it shows is the case row, its
-- history and its files (and the reference data, which has a version of its own, migration 0022);
-- these triggers give the case a new mark in the very transaction of any change to them, whoever
-- writes (the one commit, a job, a script, a console), so a kept page can never outlive a change.
-- The mark is random, not a count, for the reason 0022's version is: a database restored from a
-- backup, or a test's storage rolled back, must never come back to a mark a process keeps for
-- other content. An update that set the mark itself fires no second one (WHEN), and a trigger's
-- own update does not fire triggers again (SQLite's recursive_triggers is off). A case's first
-- event is its creation, written in the transaction that inserts the case: nothing of the case was
-- shown before it, so it moves nothing (a submission writes no more than it did). Written by hand:
-- drizzle-kit does not generate triggers.
ALTER TABLE `cases` ADD `page_mark` text;
--> statement-breakpoint
CREATE TRIGGER `cases_page_mark_update` AFTER UPDATE ON `cases` WHEN NEW.`page_mark` IS OLD.`page_mark`
BEGIN
  UPDATE `cases` SET `page_mark` = lower(hex(randomblob(8))) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `case_events_page_mark_insert` AFTER INSERT ON `case_events`
WHEN EXISTS (SELECT 1 FROM `case_events` WHERE `case_id` = NEW.`case_id` AND `id` < NEW.`id`)
BEGIN
  UPDATE `cases` SET `page_mark` = lower(hex(randomblob(8))) WHERE `id` = NEW.`case_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `case_events_page_mark_update` AFTER UPDATE ON `case_events`
BEGIN
  UPDATE `cases` SET `page_mark` = lower(hex(randomblob(8))) WHERE `id` IN (NEW.`case_id`, OLD.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_events_page_mark_delete` AFTER DELETE ON `case_events`
BEGIN
  UPDATE `cases` SET `page_mark` = lower(hex(randomblob(8))) WHERE `id` = OLD.`case_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_page_mark_insert` AFTER INSERT ON `attachments`
BEGIN
  UPDATE `cases` SET `page_mark` = lower(hex(randomblob(8))) WHERE `id` = NEW.`case_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_page_mark_update` AFTER UPDATE ON `attachments`
BEGIN
  UPDATE `cases` SET `page_mark` = lower(hex(randomblob(8))) WHERE `id` IN (NEW.`case_id`, OLD.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_page_mark_delete` AFTER DELETE ON `attachments`
BEGIN
  UPDATE `cases` SET `page_mark` = lower(hex(randomblob(8))) WHERE `id` = OLD.`case_id`;
END;
