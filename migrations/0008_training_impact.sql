CREATE TABLE `training_impact` (
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
CREATE INDEX `training_impact_year_idx` ON `training_impact` (`year`);--> statement-breakpoint
CREATE TABLE `training_impact_people` (
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
CREATE INDEX `training_impact_people_unit_idx` ON `training_impact_people` (`year`,`unit_id`);