-- Ratings are now stored under the name each source published (scores.name_slug) and model
-- identity is derived from them. Older rows lack those names, so they are cleared here and the
-- next start re-seeds the database from the bundled history (db/seed.ts), and the next
-- scheduled ingest re-fetches the live sources. The run log is kept.
DELETE FROM `frontiers`;
--> statement-breakpoint
DELETE FROM `scores`;
--> statement-breakpoint
DELETE FROM `snapshots`;
--> statement-breakpoint
DELETE FROM `model_licences`;
--> statement-breakpoint
DELETE FROM `model_aliases`;
--> statement-breakpoint
DELETE FROM `models`;
--> statement-breakpoint
UPDATE `ingest_runs` SET `input_hash` = NULL;
