CREATE TABLE `model_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_slug` text NOT NULL,
	`fact_hash` text NOT NULL,
	`name` text NOT NULL,
	`fact` text NOT NULL,
	`first_seen_on` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `model_facts_uq` ON `model_facts` (`source_slug`,`fact_hash`);--> statement-breakpoint
CREATE TABLE `data_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`derived_fingerprint` text,
	`derived_at` text
);
--> statement-breakpoint
CREATE TABLE `proprietary_steps` (
	`snapshot_id` integer NOT NULL,
	`category` text NOT NULL,
	`step` integer NOT NULL,
	`model_id` integer NOT NULL,
	`available_from` text NOT NULL,
	`rating` real NOT NULL,
	`lower` real,
	`upper` real,
	PRIMARY KEY(`snapshot_id`, `category`, `step`),
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `scale_shifts` (
	`snapshot_id` integer PRIMARY KEY NOT NULL,
	`previous_snapshot_id` integer NOT NULL,
	`median_shift` real NOT NULL,
	`shared_models` integer NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`previous_snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP TABLE `ingest_locks`;--> statement-breakpoint
ALTER TABLE `ingest_runs` ADD `batch_id` text;--> statement-breakpoint
ALTER TABLE `ingest_runs` ADD `snapshots_updated` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `ingest_runs_batch_idx` ON `ingest_runs` (`batch_id`);--> statement-breakpoint
ALTER TABLE `models` ADD `licence_conflict` text;--> statement-breakpoint
ALTER TABLE `models` ADD `first_seen_on` text;--> statement-breakpoint
ALTER TABLE `models` ADD `available_from` text;--> statement-breakpoint
ALTER TABLE `models` ADD `available_basis` text;--> statement-breakpoint
ALTER TABLE `scores` ADD `name_slug` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `scores_name_idx` ON `scores` (`name_slug`);--> statement-breakpoint
ALTER TABLE `snapshots` ADD `coverage` text DEFAULT 'complete' NOT NULL;--> statement-breakpoint
CREATE INDEX `snapshots_board_latest_idx` ON `snapshots` (`arena`,`style_control`,`coverage`,`published_on`);