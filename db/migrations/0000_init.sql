CREATE TABLE `frontiers` (
	`snapshot_id` integer NOT NULL,
	`category` text NOT NULL,
	`licence_class` text NOT NULL,
	`model_id` integer NOT NULL,
	`rating` real NOT NULL,
	`lower` real,
	`upper` real,
	PRIMARY KEY(`snapshot_id`, `category`, `licence_class`),
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `frontiers_category_idx` ON `frontiers` (`category`,`snapshot_id`);--> statement-breakpoint
CREATE TABLE `ingest_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_slug` text NOT NULL,
	`trigger` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`snapshots_added` integer DEFAULT 0 NOT NULL,
	`snapshots_unchanged` integer DEFAULT 0 NOT NULL,
	`rows_added` integer DEFAULT 0 NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `ingest_runs_source_idx` ON `ingest_runs` (`source_slug`,`started_at`);--> statement-breakpoint
CREATE TABLE `model_aliases` (
	`alias_slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`model_id` integer NOT NULL,
	`source_slug` text NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `model_aliases_model_idx` ON `model_aliases` (`model_id`);--> statement-breakpoint
CREATE TABLE `model_licences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`source_slug` text NOT NULL,
	`licence` text NOT NULL,
	`licence_class` text NOT NULL,
	`first_seen_on` text NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `model_licences_uq` ON `model_licences` (`model_id`,`source_slug`,`licence`);--> statement-breakpoint
CREATE TABLE `models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`display_name` text NOT NULL,
	`organization` text,
	`licence` text,
	`licence_class` text DEFAULT 'unknown' NOT NULL,
	`open_weights` integer DEFAULT false NOT NULL,
	`release_date` text,
	`context_window` integer,
	`parameters_b` real,
	`active_parameters_b` real,
	`input_price_per_m` real,
	`output_price_per_m` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `models_slug_unique` ON `models` (`slug`);--> statement-breakpoint
CREATE TABLE `scores` (
	`snapshot_id` integer NOT NULL,
	`model_id` integer NOT NULL,
	`category` text NOT NULL,
	`rating` real NOT NULL,
	`lower` real,
	`upper` real,
	`votes` integer,
	`rank` integer,
	PRIMARY KEY(`snapshot_id`, `category`, `model_id`),
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scores_model_idx` ON `scores` (`model_id`,`category`);--> statement-breakpoint
CREATE TABLE `snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_slug` text NOT NULL,
	`arena` text NOT NULL,
	`published_on` text NOT NULL,
	`style_control` integer NOT NULL,
	`origin` text NOT NULL,
	`fetched_at` text NOT NULL,
	`content_hash` text NOT NULL,
	`score_count` integer NOT NULL,
	FOREIGN KEY (`source_slug`) REFERENCES `sources`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `snapshots_board_date_uq` ON `snapshots` (`source_slug`,`arena`,`style_control`,`published_on`);--> statement-breakpoint
CREATE INDEX `snapshots_published_on_idx` ON `snapshots` (`published_on`);--> statement-breakpoint
CREATE TABLE `sources` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`publisher` text NOT NULL,
	`data_licence` text NOT NULL,
	`homepage` text NOT NULL,
	`series` text NOT NULL,
	`priority` integer NOT NULL
);
