// Test helper: writes small Parquet files in the dataset's schema (no sample of it is bundled).
import { parquetWriteBuffer, type BasicType } from "hyparquet-writer";

export type Cell = string | number | bigint | Date | null;

export interface TestColumn {
  type: BasicType;
  data: Cell[];
}

/** One row as the dataset writes it; votes and rank are INT64 there, so bigint here. */
export interface DatasetRow {
  model_name: string;
  organization: string | null;
  license: string | null;
  rating: number;
  rating_lower: number | null;
  rating_upper: number | null;
  variance: number;
  vote_count: bigint | null;
  rank: bigint | null;
  category: string;
  leaderboard_publish_date: string;
}

const COLUMN_TYPES: Record<keyof DatasetRow, BasicType> = {
  model_name: "STRING",
  organization: "STRING",
  license: "STRING",
  rating: "DOUBLE",
  rating_lower: "DOUBLE",
  rating_upper: "DOUBLE",
  variance: "DOUBLE",
  vote_count: "INT64",
  rank: "INT64",
  category: "STRING",
  leaderboard_publish_date: "STRING",
};

/** The rows as typed columns, so a test can drop, retype or replace one before writing. */
export function toTestColumns(rows: readonly DatasetRow[]): Record<string, TestColumn> {
  const entries = Object.entries(COLUMN_TYPES).map(([name, type]) => {
    const data = rows.map((r) => r[name as keyof DatasetRow]);
    return [name, { type, data }] as const;
  });
  return Object.fromEntries(entries);
}

/** A snappy-compressed Parquet file (hyparquet-writer's default codec, as on Hugging Face). */
export function writeTestParquet(columns: Record<string, TestColumn>): Uint8Array {
  const columnData = Object.entries(columns).map(([name, c]) => ({ name, ...c }));
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
