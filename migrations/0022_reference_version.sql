-- The reference data every public request reads (issue 14.4): the catalogue (services), units,
-- kelurahan and holidays are kept in memory by each Worker isolate and each Node process
-- (src/modules/catalogue/reference.ts), which checks this one settings row per request and reloads
-- when it moved. Triggers bump it in the very transaction of any change to those tables, whoever
-- writes (an admin's edit, a seed, a script, a console), so no process can keep serving an edit
-- another one made. The version is random, not a count: a database restored from a backup (or a
-- test's storage rolled back) and then edited must never reach a version a process already keeps
-- for other data. Written by hand: drizzle-kit does not generate triggers.
INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
ON CONFLICT (`key`) DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER `services_reference_version_insert` AFTER INSERT ON `services`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `services_reference_version_update` AFTER UPDATE ON `services`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `services_reference_version_delete` AFTER DELETE ON `services`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `units_reference_version_insert` AFTER INSERT ON `units`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `units_reference_version_update` AFTER UPDATE ON `units`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `units_reference_version_delete` AFTER DELETE ON `units`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `kelurahan_reference_version_insert` AFTER INSERT ON `kelurahan`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `kelurahan_reference_version_update` AFTER UPDATE ON `kelurahan`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `kelurahan_reference_version_delete` AFTER DELETE ON `kelurahan`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `holidays_reference_version_insert` AFTER INSERT ON `holidays`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `holidays_reference_version_update` AFTER UPDATE ON `holidays`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
--> statement-breakpoint
CREATE TRIGGER `holidays_reference_version_delete` AFTER DELETE ON `holidays`
BEGIN
  INSERT INTO `settings` (`key`, `value`) VALUES ('reference_version', lower(hex(randomblob(8))))
  ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`;
END;
