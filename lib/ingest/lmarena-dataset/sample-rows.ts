// Test fixture. Ratings and 95% bounds are real: LMArena's own numbers for these models in
// ../shared/data/arena-catalog-lmarena (2025-11-06 and 2025-12-11 leaderboard-text.json; `full`
// is "overall" there, `hard_6` is "hard_prompts"). Votes, ranks and variance are made up.
import type { DatasetRow } from "./write-test-parquet";

function row(
  leaderboard_publish_date: string,
  category: string,
  model_name: string,
  [rating, rating_lower, rating_upper]: [number, number, number],
  [votes, rank]: [number, number],
): DatasetRow {
  const facts: Record<string, [string, string]> = {
    "gemini-2.5-pro": ["Google", "Proprietary"],
    "gemini-3-pro": ["Google", "Proprietary"],
    "claude-sonnet-4-5-20250929": ["Anthropic", "Proprietary"],
    "claude-opus-4-5-20251101": ["Anthropic", "Proprietary"],
    "glm-4.6": ["Z.ai", "MIT"],
  };
  const [organization, license] = facts[model_name] ?? [null, null];
  return {
    model_name,
    organization,
    license,
    rating,
    rating_lower,
    rating_upper,
    variance: 9.5,
    vote_count: BigInt(votes),
    rank: BigInt(rank),
    category,
    leaderboard_publish_date,
  };
}

const DEC = "2025-12-11";
const NOV = "2025-11-06";

/** The newer date first, so the test sees the parser sort snapshots by date. */
export const SAMPLE_ROWS: DatasetRow[] = [
  row(
    DEC,
    "overall",
    "gemini-3-pro",
    [1486.6027120272704, 1480.4026895976556, 1492.8027344568852],
    [21034, 1],
  ),
  row(
    DEC,
    "overall",
    "claude-opus-4-5-20251101",
    [1446.431063509376, 1439.4037935804063, 1453.4583334383456],
    [9521, 4],
  ),
  row(
    DEC,
    "overall",
    "glm-4.6",
    [1441.1577248695578, 1436.4315889172778, 1445.8838608218377],
    [17012, 6],
  ),
  row(
    DEC,
    "coding",
    "claude-opus-4-5-20251101",
    [1498.0523144292692, 1484.6046081338036, 1511.500020724735],
    [3155, 1],
  ),
  row(
    DEC,
    "coding",
    "gemini-3-pro",
    [1486.391701071574, 1475.29730512301, 1497.4860970201382],
    [7210, 1],
  ),
  row(
    DEC,
    "coding",
    "glm-4.6",
    [1455.2299771928551, 1446.5057543612304, 1463.9542000244799],
    [5320, 5],
  ),
  row(
    DEC,
    "hard_prompts",
    "glm-4.6",
    [1441.962275103018, 1435.8556497211441, 1448.068900484892],
    [6011, 7],
  ),
  row(
    NOV,
    "overall",
    "gemini-2.5-pro",
    [1465.625277217937, 1461.6515985977778, 1469.5989558380963],
    [80455, 1],
  ),
  row(
    NOV,
    "overall",
    "claude-sonnet-4-5-20250929",
    [1421.6324138939167, 1414.1132416544383, 1429.151586133395],
    [8120, 12],
  ),
  row(
    NOV,
    "overall",
    "glm-4.6",
    [1445.1792559872335, 1438.806288306149, 1451.552223668318],
    [9780, 5],
  ),
  row(
    NOV,
    "coding",
    "gemini-2.5-pro",
    [1459.899856476776, 1453.115487649536, 1466.684225304016],
    [20110, 2],
  ),
  row(
    NOV,
    "coding",
    "claude-sonnet-4-5-20250929",
    [1453.3511448311056, 1437.1529228783318, 1469.5493667838793],
    [2100, 3],
  ),
  row(
    NOV,
    "coding",
    "glm-4.6",
    [1465.4333635420564, 1452.455790321168, 1478.4109367629449],
    [2950, 1],
  ),
];
