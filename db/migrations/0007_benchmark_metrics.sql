CREATE TABLE `metric_exports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`metric_slug` text NOT NULL,
	`source_slug` text NOT NULL,
	`exported_on` text NOT NULL,
	`label` text NOT NULL,
	`origin` text NOT NULL,
	`fetched_at` text NOT NULL,
	`content_hash` text NOT NULL,
	`score_count` integer NOT NULL,
	`dropped` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`metric_slug`) REFERENCES `metrics`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_slug`) REFERENCES `sources`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metric_exports_metric_date_uq` ON `metric_exports` (`metric_slug`,`exported_on`);--> statement-breakpoint
CREATE TABLE `metric_scores` (
	`export_id` integer NOT NULL,
	`entry_key` text NOT NULL,
	`name` text NOT NULL,
	`name_slug` text,
	`model_id` integer,
	`score` real NOT NULL,
	`lower` real,
	`upper` real,
	`dated_on` text,
	`date_basis` text NOT NULL,
	`organization` text,
	`accessibility` text,
	`openness` text,
	PRIMARY KEY(`export_id`, `entry_key`),
	FOREIGN KEY (`export_id`) REFERENCES `metric_exports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `metric_scores_model_idx` ON `metric_scores` (`model_id`);--> statement-breakpoint
CREATE INDEX `metric_scores_name_model_idx` ON `metric_scores` (`name_slug`,`model_id`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`slug` text PRIMARY KEY NOT NULL,
	`source_slug` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`description` text NOT NULL,
	`unit` text NOT NULL,
	`direction` text NOT NULL,
	`open_only` integer NOT NULL,
	`data_licence` text NOT NULL,
	`non_commercial` integer NOT NULL,
	`attribution` text NOT NULL,
	`homepage` text NOT NULL,
	FOREIGN KEY (`source_slug`) REFERENCES `sources`(`slug`) ON UPDATE no action ON DELETE no action
);
