-- One row that moves whenever any case's page mark does (migration 0024), so the Node server can
-- tell at a glance that no tracking page has changed (src/modules/tracking/kept-page.ts): it reads
-- this row with the reference version at most once a millisecond, and reads a case's own mark
-- again only after the row moved. Random, not a count, for 0022's reason. Written by hand:
-- drizzle-kit does not generate triggers.
INSERT INTO `settings` (`key`, `value`) VALUES ('case_pages_version', lower(hex(randomblob(8))))
ON CONFLICT (`key`) DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER `cases_page_mark_pages_version` AFTER UPDATE OF `page_mark` ON `cases`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('case_pages_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
