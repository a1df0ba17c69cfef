import type { WizardAnswers } from "@/lib/wizard/answers";
import { buildApiPlan, buildSelfHostPlan } from "@/lib/wizard/build-deployment-plan";
import { sizeServing } from "@/lib/wizard/size-serving";
import type { Permission } from "@/lib/wizard/licence-terms";
import type { ShortlistEntry as Entry } from "@/lib/wizard/rank-shortlist";
import type { WizardResult } from "@/lib/wizard/recommend-models";
import { FitList } from "./fit-list";
import { PlanView } from "./plan-view";
import { RatingTable } from "./rating-table";
import styles from "./result.module.css";

const PERMISSION = {
  yes: "allowed",
  conditions: "allowed with conditions",
  no: "not allowed",
  unknown: "not on file",
} as const satisfies Record<Permission, string>;
const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** One shortlisted model: fit, ratings, cost, licence, why here, and how to deploy it. */
export function ShortlistEntry({
  entry,
  boards,
  answers,
}: {
  entry: Entry;
  boards: WizardResult["boards"];
  answers: WizardAnswers;
}) {
  const { candidate: c, route } = entry;
  const p = c.profile;
  const t = p.licenceTerms;
  const kind = !p.openWeights
    ? "Proprietary · API"
    : route.route === "self"
      ? "Open weights · self-hosted"
      : "Open weights · hosted API";
  const serving = route.serving ?? (p.openWeights ? sizeServing(p, answers) : null);
  const size =
    p.parametersB != null
      ? `${p.parametersB}B parameters${p.activeParametersB ? `, ${p.activeParametersB}B active` : ""}`
      : null;
  return (
    <article
      className={`card ${styles.entry}`}
      data-testid="shortlist-entry"
      data-model={p.slug}
      data-org={p.organization ?? ""}
    >
      <header className={styles.entryHead}>
        <span className={styles.rank}>#{entry.rank}</span>
        <h3 data-testid="entry-name">{p.name}</h3>
        <span className="badge">{kind}</span>
        {entry.addedAs && <span className="badge badge-warn">{entry.addedAs}</span>}
      </header>
      <p className="muted">
        {[p.organization, size, t.name].filter(Boolean).join(" · ")}
        {p.factSource && (
          <>
            {" "}
            · <a href={p.factSource}>model card</a>
          </>
        )}
      </p>
      <ul className={styles.why} data-testid="entry-why">
        {entry.why.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <div className={styles.cols}>
        <section aria-label={`Fit of ${p.name} per requirement`}>
          <h4>Fit</h4>
          <FitList checks={route.checks} />
        </section>
        <section aria-label={`Estimated monthly cost of ${p.name}`}>
          <h4>Estimated cost</h4>
          <p className={styles.cost} data-testid="entry-cost">
            {route.monthlyCost === null ? "unknown" : `${usd(route.monthlyCost)} / month`}
          </p>
          <p className="muted">{route.costDetail}</p>
          {route.serving?.owned && route.rentalEquivalent != null && (
            <p className="muted">At rental prices: {usd(route.rentalEquivalent)} / month.</p>
          )}
          <h4>Licence</h4>
          <p data-testid="entry-licence">
            {t.url ? <a href={t.url}>{t.name}</a> : t.name}: commercial use{" "}
            {PERMISSION[t.commercial]}, derivatives {PERMISSION[t.derivatives]},{" "}
            {t.osi ? "OSI-approved" : "not OSI-approved"}. <span className="muted">{t.note}</span>
          </p>
        </section>
      </div>
      <RatingTable ratings={c.ratings} boards={boards} model={p.name} />
      <details className={styles.details}>
        <summary data-testid="plan-toggle">Deployment plan</summary>
        {p.openWeights && serving && (
          <PlanView steps={buildSelfHostPlan(p, serving, answers)} testId="plan-self" />
        )}
        {p.openWeights && !serving && (
          <p>Parameter count not on file, so the GPUs cannot be sized.</p>
        )}
        {route.route === "api" && (
          <>
            {p.openWeights && <h4>Or through the hosted API</h4>}
            <PlanView steps={buildApiPlan(p, route)} testId="plan-api" />
          </>
        )}
      </details>
    </article>
  );
}
