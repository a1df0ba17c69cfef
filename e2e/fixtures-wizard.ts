import { test as base } from "./fixtures";
import { WizardPage, type Persona } from "./pages/wizard-page";

export const test = base.extend<{ wizardPage: WizardPage }>({
  wizardPage: async ({ page }, use) => {
    await use(new WizardPage(page));
  },
});

export { expect } from "./fixtures";

/** The three people the wizard was built for (see the issue). */
export const PERSONAS = {
  privacyTeam: {
    tasks: ["coding"],
    privacy: true,
    licence: ["commercial"],
    gpus: "2",
    vram: "80",
    speed: "20",
  },
  startup: {
    tasks: ["chat"],
    quality: "within",
    within: "80",
    privacy: false,
    licence: ["commercial"],
    budget: "1000",
    volume: "100",
    gpus: "0",
    ops: "api",
  },
  researcher: {
    tasks: ["math"],
    privacy: false,
    licence: ["derivatives", "osi"],
    gpus: "4",
    vram: "80",
  },
} as const satisfies Record<string, Persona>;
