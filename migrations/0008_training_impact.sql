PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_training_impact` (
	`course_id` integer NOT NULL,
	`year` integer NOT NULL,
	`metric` text NOT NULL,
	`shown` integer NOT NULL,
	`estimate` real,
	`low` real,
	`high` real,
	`standard_error` real,
	`df` real,
	`n_treated` integer NOT NULL,
	`n_control` integer NOT NULL,
	`mean_treated` real,
	`mean_control` real,
	`pending` integer DEFAULT 0 NOT NULL,
	`computed_on` text NOT NULL,
	`computed_at` integer NOT NULL,
	PRIMARY KEY(`course_id`, `year`, `metric`),
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_training_impact`("course_id", "year", "metric", "shown", "estimate", "low", "high", "standard_error", "df", "n_treated", "n_control", "mean_treated", "mean_control", "pending", "computed_on", "computed_at") SELECT "course_id", "year", "metric", "shown", "estimate", "low", "high", "standard_error", "df", "n_treated", "n_control", "mean_treated", "mean_control", "pending", "computed_on", "computed_at" FROM `training_impact`;--> statement-breakpoint
DROP TABLE `training_impact`;--> statement-breakpoint
ALTER TABLE `__new_training_impact` RENAME TO `training_impact`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `training_impact_year_idx` ON `training_impact` (`year`);--> statement-breakpoint
CREATE TABLE `__new_training_impact_people` (
	`course_id` integer NOT NULL,
	`year` integer NOT NULL,
	`metric` text NOT NULL,
	`staff_id` integer NOT NULL,
	`grp` text NOT NULL,
	`unit_id` integer NOT NULL,
	`ref_at` integer NOT NULL,
	`pre` real,
	`post` real,
	`pre_n` integer NOT NULL,
	`post_n` integer NOT NULL,
	PRIMARY KEY(`course_id`, `year`, `metric`, `staff_id`),
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_training_impact_people`("course_id", "year", "metric", "staff_id", "grp", "unit_id", "ref_at", "pre", "post", "pre_n", "post_n") SELECT "course_id", "year", "metric", "staff_id", "grp", "unit_id", "ref_at", "pre", "post", "pre_n", "post_n" FROM `training_impact_people`;--> statement-breakpoint
DROP TABLE `training_impact_people`;--> statement-breakpoint
ALTER TABLE `__new_training_impact_people` RENAME TO `training_impact_people`;--> statement-breakpoint
CREATE INDEX `training_impact_people_unit_idx` ON `training_impact_people` (`year`,`unit_id`);