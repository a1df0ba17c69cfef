import type { Metadata } from "next";
import { DataAsOf } from "@/components/layout/data-as-of";
import { loadBoardToday } from "@/app/load-board-today";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ParamNotices } from "@/components/gap/param-notices";
import { AssumptionFields } from "@/components/wizard/assumption-fields";
import {
  BudgetFields,
  InfraFields,
  LicenceFields,
  TargetFields,
} from "@/components/wizard/constraint-fields";
import { DataFields, QualityFields, TaskFields } from "@/components/wizard/question-fields";
import { ResultView } from "@/app/wizard/_components/result-view";
import { StepForm } from "@/app/wizard/_components/step-form";
import { WizardProgress } from "@/app/wizard/_components/wizard-progress";
import {
  STEP_LABELS,
  WIZARD_STEPS,
  type WizardAnswers,
  type WizardStep,
} from "@/lib/wizard/answers";
import { loadWizardResult } from "./load-wizard-result";
import { parseWizardParams, rawQuery, serializeWizardParams } from "./search-params";

// The result reads the database (cached per data version); ingest changes the answer.
export const dynamic = "force-dynamic";

// Next 16's generated route types (next typegen): the searchParams this route receives.
type SearchParams = PageProps<"/wizard">["searchParams"];

const FIELDS: Record<Exclude<WizardStep, "result">, (a: WizardAnswers) => ReactNode> = {
  tasks: (a) => <TaskFields answers={a} />,
  quality: (a) => <QualityFields answers={a} />,
  data: (a) => <DataFields answers={a} />,
  licence: (a) => <LicenceFields answers={a} />,
  budget: (a) => <BudgetFields answers={a} />,
  infra: (a) => <InfraFields answers={a} />,
  targets: (a) => <TargetFields answers={a} />,
};

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { answers } = parseWizardParams(await searchParams);
  return {
    title: `Which model? ${STEP_LABELS[answers.step]}`,
    alternates: { canonical: `/wizard${serializeWizardParams(answers)}` },
  };
}

// No loading.tsx and no Suspense here, on purpose: a boundary starts streaming before the
// canonical redirect (turning its 307 into a delayed client refresh), and streamed content only
// appears through a script, which breaks the wizard with JavaScript off. The result takes ~0.1 s.
export default async function WizardPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const { answers, issues } = parseWizardParams(raw);
  const canonical = serializeWizardParams(answers);
  // A plain form submission repeats keys and defaults: send it on to the short, shareable link.
  // With notices, stay put so the reader sees which values were ignored.
  if (issues.length === 0 && rawQuery(raw) !== canonical) redirect(`/wizard${canonical}`);

  const index = WIZARD_STEPS.indexOf(answers.step);
  const back = index > 0 ? WIZARD_STEPS[index - 1]! : null;
  const next = WIZARD_STEPS[Math.min(index + 1, WIZARD_STEPS.length - 1)]!;
  return (
    <main id="main">
      <h1>Which model should we use?</h1>
      <p className="muted">
        A few questions about the work, the data and the budget, then a shortlist of proprietary
        APIs and open-weight models ranked on the leaderboards, with costs and a deployment plan.
        Every answer is in the link.
      </p>
      <ParamNotices issues={issues} />
      <BoardToday />
      <WizardProgress answers={answers} />
      {answers.step === "result" ? (
        <>
          <ResultView answers={answers} result={loadWizardResult(answers)} />
          <StepForm
            answers={answers}
            step="result"
            next="result"
            back={back}
            submitLabel="Recalculate"
            title="Assumptions"
            focusId="result-heading"
          >
            <AssumptionFields answers={answers} />
          </StepForm>
        </>
      ) : (
        <StepForm
          answers={answers}
          step={answers.step}
          next={next}
          back={back}
          submitLabel={next === "result" ? "Show the shortlist" : "Continue"}
        >
          {FIELDS[answers.step](answers)}
        </StepForm>
      )}
    </main>
  );
}

/** The site's "today" (newest complete text board), with a banner when it is stale. */
function BoardToday() {
  const asOf = loadBoardToday();
  return asOf ? <DataAsOf {...asOf} /> : null;
}
