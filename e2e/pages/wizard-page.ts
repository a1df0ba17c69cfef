import { expect, type Locator, type Page } from "@playwright/test";

/** Answers a persona gives, one field per question; omitted fields keep their defaults. */
export interface Persona {
  tasks: readonly string[];
  quality?: "frontier" | "within" | "any";
  within?: string;
  privacy: boolean;
  licence: readonly string[];
  budget?: string;
  volume?: string;
  gpus?: string;
  vram?: string;
  ops?: "api" | "any";
  speed?: string;
  tput?: string;
}

const TASKS = ["chat", "coding", "math", "long", "vision", "multilingual"];
const LICENCE_NEEDS = ["commercial", "derivatives", "osi"];

export class WizardPage {
  readonly form: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly notice: Locator;
  readonly entries: Locator;
  readonly shortlist: Locator;
  readonly relaxations: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("wizard-form");
    this.next = page.getByTestId("wizard-next");
    this.back = page.getByTestId("wizard-back");
    this.notice = page.getByTestId("param-notice");
    this.entries = page.getByTestId("shortlist-entry");
    this.shortlist = page.getByTestId("shortlist");
    this.relaxations = page.getByTestId("relaxations");
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/wizard${query}`);
    await this.waitForView();
  }

  /**
   * Waits until the server's view for the current address is shown: the form echoes the query
   * it was rendered for. Works with JavaScript off too (locators only, no page scripts).
   */
  async waitForView(): Promise<void> {
    await expect
      .poll(async () => {
        const query = await this.form.getAttribute("data-query");
        const busy = await this.form.getAttribute("aria-busy");
        return query === new URL(this.page.url()).search && busy !== "true";
      })
      .toBe(true);
  }

  /** Clicks "Continue" and waits for the given step's view. */
  async continueTo(step: string): Promise<void> {
    await this.next.click();
    await this.page.waitForURL((url) => url.searchParams.get("step") === step);
    await this.waitForView();
    await expect(this.form).toHaveAttribute("data-step", step);
  }

  field(name: string): Locator {
    return this.page.getByTestId(`field-${name}`);
  }

  option(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Walks every step through the forms, as a person would. */
  async walk(p: Persona): Promise<void> {
    for (const t of TASKS) await this.option(`task-${t}`).setChecked(p.tasks.includes(t));
    await this.continueTo("quality");
    await this.option(`quality-${p.quality ?? "any"}`).check();
    if (p.within) await this.field("qn").fill(p.within);
    await this.continueTo("data");
    await this.option(p.privacy ? "privacy-yes" : "privacy-no").check();
    await this.continueTo("licence");
    for (const n of LICENCE_NEEDS)
      await this.option(`licence-${n}`).setChecked(p.licence.includes(n));
    await this.continueTo("budget");
    await this.field("budget").fill(p.budget ?? "");
    if (p.volume) await this.field("vol").fill(p.volume);
    await this.continueTo("infra");
    await this.field("gpus").fill(p.gpus ?? "0");
    if (p.vram) await this.field("vram").selectOption(p.vram);
    await this.option(`ops-${p.ops ?? "any"}`).check();
    await this.continueTo("targets");
    await this.field("speed").fill(p.speed ?? "");
    await this.field("tput").fill(p.tput ?? "");
    await this.continueTo("result");
    await this.entries.first().or(this.relaxations).waitFor();
  }

  /** The top entries as the reader sees them: name, kind badge, cost and the reasons given. */
  async top(n: number): Promise<{ name: string; kind: string; cost: string; why: string }[]> {
    const out = [];
    for (const e of (await this.entries.all()).slice(0, n)) {
      out.push({
        name: await e.getByTestId("entry-name").innerText(),
        kind: await e.locator(".badge").first().innerText(),
        cost: await e.getByTestId("entry-cost").innerText(),
        why: (await e.getByTestId("entry-why").innerText()).replace(/\s+/g, " "),
      });
    }
    return out;
  }

  /** Every entry's status for one requirement (pass / fail / unknown). */
  async fitStatuses(check: string): Promise<(string | null)[]> {
    return this.entries
      .getByTestId(`fit-${check}`)
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
