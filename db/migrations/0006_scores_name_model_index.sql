DROP INDEX `scores_name_idx`;--> statement-breakpoint
CREATE INDEX `scores_name_model_idx` ON `scores` (`name_slug`,`model_id`);