CREATE TABLE `training_completion_months` (
	`staff_id` integer NOT NULL,
	`month` text NOT NULL,
	`completed` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`staff_id`, `month`)
);
--> statement-breakpoint
CREATE TABLE `training_jp_years` (
	`staff_id` integer NOT NULL,
	`year` integer NOT NULL,
	`jp` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`staff_id`, `year`)
);
