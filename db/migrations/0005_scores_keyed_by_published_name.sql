PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_scores` (
	`snapshot_id` integer NOT NULL,
	`category` text NOT NULL,
	`name_slug` text NOT NULL,
	`model_id` integer,
	`rating` real NOT NULL,
	`lower` real,
	`upper` real,
	`votes` integer,
	`rank` integer,
	PRIMARY KEY(`snapshot_id`, `category`, `name_slug`),
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_scores`("snapshot_id", "category", "name_slug", "model_id", "rating", "lower", "upper", "votes", "rank") SELECT "snapshot_id", "category", "name_slug", "model_id", "rating", "lower", "upper", "votes", "rank" FROM `scores`;--> statement-breakpoint
DROP TABLE `scores`;--> statement-breakpoint
ALTER TABLE `__new_scores` RENAME TO `scores`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `scores_model_idx` ON `scores` (`model_id`,`category`);--> statement-breakpoint
CREATE INDEX `scores_name_idx` ON `scores` (`name_slug`);