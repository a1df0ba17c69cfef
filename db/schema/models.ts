import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { AVAILABILITY_BASES, LICENCE_CLASSES } from "@/lib/domain";

/** Derived after each ingest from every source's facts (see db/writer/derive-identity.ts). */
export const models = sqliteTable("models", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  displayName: text("display_name").notNull(),
  organization: text("organization"),
  licence: text("licence"),
  licenceClass: text("licence_class", { enum: LICENCE_CLASSES }).notNull().default("unknown"),
  openWeights: integer("open_weights", { mode: "boolean" }).notNull().default(false),
  /** Specific licence statements that disagree with each other, as "label (source); …". */
  licenceConflict: text("licence_conflict"),
  releaseDate: text("release_date"),
  /** First date any source rated the model. */
  firstSeenOn: text("first_seen_on"),
  /** The earlier of the release date and the first rating: when it was known to be available. */
  availableFrom: text("available_from"),
  availableBasis: text("available_basis", { enum: AVAILABILITY_BASES }),
  contextWindow: integer("context_window"),
  parametersB: real("parameters_b"),
  activeParametersB: real("active_parameters_b"),
  inputPricePerM: real("input_price_per_m"),
  outputPricePerM: real("output_price_per_m"),
});

/** Every distinct fact a source stated about a name (raw input of the identity rebuild). */
export const modelFacts = sqliteTable(
  "model_facts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceSlug: text("source_slug").notNull(),
    factHash: text("fact_hash").notNull(),
    name: text("name").notNull(),
    /** The whole ModelFact as JSON (lib/ingest/types.ts). */
    fact: text("fact").notNull(),
    /** Earliest snapshot date that stated it; only ever moves earlier, so order cannot matter. */
    firstSeenOn: text("first_seen_on").notNull(),
  },
  // A fact repeated in every snapshot of a source is stored once.
  (t) => [uniqueIndex("model_facts_uq").on(t.sourceSlug, t.factHash)],
);

export const modelAliases = sqliteTable(
  "model_aliases",
  {
    aliasSlug: text("alias_slug").primaryKey(),
    name: text("name").notNull(),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id),
    sourceSlug: text("source_slug").notNull(),
  },
  // Model pages list every name a model has been published under.
  (t) => [index("model_aliases_model_idx").on(t.modelId)],
);

/** Every licence statement a source made about a model; the current one is derived, never overwritten. */
export const modelLicences = sqliteTable(
  "model_licences",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id),
    sourceSlug: text("source_slug").notNull(),
    licence: text("licence").notNull(),
    licenceClass: text("licence_class", { enum: LICENCE_CLASSES }).notNull(),
    firstSeenOn: text("first_seen_on").notNull(),
  },
  // A statement is recorded once per source and label; model pages read one model's statements.
  (t) => [uniqueIndex("model_licences_uq").on(t.modelId, t.sourceSlug, t.licence)],
);

export type Model = typeof models.$inferSelect;
export type NewModel = typeof models.$inferInsert;
export type ModelFactRow = typeof modelFacts.$inferSelect;
