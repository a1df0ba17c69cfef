import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot } from "../types";
import { decodeEntities, extractHtmlTables } from "./extract-html-tables";
import { openlmAiAdapter as adapter } from "./index";

const PATH = "chatbot-arena-2025-02-17.html";
const HEAD = ["Model", "Arena Elo", "Coding", "Vision", "MMLU", "Votes", "Organization", "License"];
const ROW_A = ["🥇 Model-A", "1400", "1410", "1300", "", "5000", "OrgA", "Proprietary"];
const ROW_B = ["🥈 Model &amp; B", "1350", "", "", "88.5", "4000", "OrgB", "MIT"];

function page(
  rows: string[][],
  header = HEAD,
  attribution = "Attribution LMSYS February 17, 2025",
) {
  const tr = (cells: string[], tag: string) =>
    `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
  return [
    `<p>${attribution}</p>`,
    "<h2>Best Open LM</h2><table><tr><th>Model</th><th>Arena Elo</th><th>License</th></tr>",
    "<tr><td>Org Model-B</td><td>1350</td><td>MIT</td></tr></table>",
    `<h2>Full Leaderboard</h2><table><thead>${tr(header, "th")}</thead>`,
    `<tbody>${rows.map((r) => tr(r, "td")).join("\n")}</tbody></table>`,
  ].join("\n");
}

function parseInline(html: string): ParsedSnapshot[] {
  return adapter.parse({ path: PATH, text: html });
}

function expectPathError(run: () => unknown, pattern: RegExp) {
  return expectIngestError(run, PATH, pattern);
}

describe("openlmAiAdapter on the real files", () => {
  let snapshots: ParsedSnapshot[] = [];
  beforeAll(async () => {
    const files = await readSourceDir(adapter, SHARED_DATA_DIR);
    snapshots = files.flatMap((f) => adapter.parse(f));
  });
  const text = (date: string) =>
    snapshots.find((s) => s.arena === "text" && s.publishedOn === date);
  const score = (date: string, model: string, category = "overall") =>
    text(date)?.scores.find((s) => s.model === model && s.category === category);

  it("reads 11 text snapshots, 2024-05-01 … 2025-07-01, and 6 vision snapshots", () => {
    const dates = snapshots.filter((s) => s.arena === "text").map((s) => s.publishedOn);
    expect(dates).toHaveLength(11);
    expect([...dates].sort()[0]).toBe("2024-05-01");
    expect([...dates].sort().at(-1)).toBe("2025-07-01");
    expect(dates).toContain("2025-06-17");
    expect(snapshots.filter((s) => s.arena === "vision")).toHaveLength(6);
    const count = (arena: string, category: string) =>
      snapshots
        .filter((s) => s.arena === arena)
        .flatMap((s) => s.scores)
        .filter((s) => s.category === category).length;
    // 183 Full Leaderboard rows in all (SOURCE.md); the small tables add nothing.
    expect(count("text", "overall")).toBe(183);
    expect(count("text", "coding")).toBe(150);
    expect(count("vision", "overall")).toBe(57);
    expect(snapshots.flatMap((s) => s.models).some((m) => m.name.startsWith("DeepSeek "))).toBe(
      false,
    );
  });

  it("reads the 2024 layout (🏆 Arena Elo, Coding Elo, MT-bench)", () => {
    expect(score("2024-05-01", "Command R+")).toMatchObject({ rating: 1191, votes: 44988 });
    expect(score("2024-05-01", "Command R+", "coding")).toBeUndefined();
    const fact = text("2024-05-01")?.models.find((m) => m.name === "Command R+");
    expect(fact).toMatchObject({ organization: "Cohere", licence: "CC-BY-NC-4.0" });
    expect(score("2024-09-05", "Llama-3.1-405b-Instruct")).toEqual({
      model: "Llama-3.1-405b-Instruct",
      category: "overall",
      rating: 1266,
      lower: null,
      upper: null,
      votes: 27397,
      rank: null,
    });
    expect(score("2024-09-05", "Llama-3.1-405b-Instruct", "coding")?.rating).toBe(1278);
  });

  it("strips medal emoji from model names and reads Vision as its own arena", () => {
    expect(score("2025-02-17", "chocolate (Early Grok-3)")).toMatchObject({
      rating: 1402,
      votes: 7829,
    });
    expect(score("2025-07-01", "DeepSeek-R1", "coding")).toMatchObject({
      rating: 1380,
      votes: null,
    });
    expect(snapshots.flatMap((s) => s.models).some((m) => /^\P{L}/u.test(m.name))).toBe(false);
    const vision = snapshots.find((s) => s.arena === "vision" && s.publishedOn === "2025-07-01");
    expect(vision?.scores.find((s) => s.model === "Gemini-2.5-Pro")?.rating).toBe(1345);
    expect(vision?.scores.some((s) => s.model === "DeepSeek-R1")).toBe(false);
  });
});

describe("openlmAiAdapter on inline input", () => {
  it("finds the Full Leaderboard by its headers, with junk in the attribution line", () => {
    const html = page([ROW_A, ROW_B], HEAD, "Attribution LMSYS β€’ February 17, 2025");
    const [textSnap, vision] = parseInline(html);
    expect(textSnap?.publishedOn).toBe("2025-02-17");
    expect(textSnap?.scores.map((s) => `${s.model}/${s.category}/${s.rating}`)).toEqual([
      "Model-A/overall/1400",
      "Model-A/coding/1410",
      "Model & B/overall/1350",
    ]);
    expect(vision).toMatchObject({ arena: "vision", scores: [{ model: "Model-A", rating: 1300 }] });
  });

  it("rejects a page without an attribution date", () => {
    expectPathError(() => parseInline(page([ROW_A], HEAD, "LMSYS")), /field "attribution date"/);
  });

  it("rejects a renamed Arena Elo header", () => {
    const header = HEAD.map((h) => (h === "Arena Elo" ? "Elo" : h));
    expectPathError(() => parseInline(page([ROW_A], header)), /field "Arena Elo": missing column/);
  });

  it("rejects a non-numeric Elo cell with row and field", () => {
    const bad = ROW_B.map((c) => (c === "1350" ? "13S0" : c));
    const e = expectPathError(() => parseInline(page([ROW_A, bad])), /row 2, field "Arena Elo"/);
    expect(e.row).toBe(2);
  });

  it("rejects a page with no table, an empty table and duplicate rows", () => {
    expectPathError(() => parseInline("<p>Attribution LMSYS May 1, 2024</p>"), /no table/);
    expectPathError(() => parseInline(page([])), /empty table/);
    expectPathError(() => parseInline(page([ROW_A, ROW_A])), /row 2.*duplicate model "Model-A"/);
  });
});

describe("extractHtmlTables", () => {
  it("tolerates attributes, unclosed cells, inner tags and entities", () => {
    const html = `<table class="x"><tr><th>Name<th>Score</tr>
      <tr><td><a href="#">GPT&#45;4 <b>o</b></a>&nbsp;<td>1&#x32;</tr></table>`;
    expect(extractHtmlTables(html)).toEqual([
      { header: ["Name", "Score"], rows: [["GPT-4 o", "12"]] },
    ]);
    expect(decodeEntities("&lt;&quot;&#39;&gt; &unknown;")).toBe(`<"'> &unknown;`);
  });

  it("reads what a regex splitter could not: '>' in attributes, any entity, nested tables", () => {
    const html = `<table data-note="a > b"><tr><th title="x>y">Model</th><th>Note</th></tr>
      <tr><td><span class="m">Caf&eacute; &mdash; 7B</span></td>
          <td><table><tr><td>inner</td></tr></table>kept</td></tr></table>`;
    expect(extractHtmlTables(html)[0]).toEqual({
      header: ["Model", "Note"],
      rows: [["Café — 7B", "innerkept"]],
    });
    expect(extractHtmlTables(html)[1]).toEqual({ header: ["inner"], rows: [] });
  });
});
