CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`arena` text,
	`style_control` integer,
	`category` text,
	`snapshot_date` text NOT NULL,
	`models` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`before` text,
	`after` text,
	`detected_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_key_uq` ON `events` (`key`);--> statement-breakpoint
CREATE INDEX `events_view_idx` ON `events` (`arena`,`style_control`,`category`,`id`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscription_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_status` integer,
	`last_error` text,
	`next_attempt_at` text NOT NULL,
	`created_at` text NOT NULL,
	`delivered_at` text,
	FOREIGN KEY (`subscription_id`) REFERENCES `webhook_subscriptions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_uq` ON `webhook_deliveries` (`subscription_id`,`event_id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `webhook_subscriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`origin` text NOT NULL,
	`url` text NOT NULL,
	`secret` text NOT NULL,
	`kinds` text NOT NULL,
	`view` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_subscriptions_uq` ON `webhook_subscriptions` (`origin`,`url`,`kinds`,`view`);