import type { WizardAnswers } from "@/lib/wizard/answers";
import type { WizardResult } from "@/lib/wizard/recommend-models";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { AnswersSummary } from "@/app/wizard/_components/answers-summary";
import { Relaxations } from "@/app/wizard/_components/relaxations";
import { ShortlistEntry } from "@/components/wizard/shortlist-entry";
import { AllOptions } from "@/components/wizard/all-options";
import { NoBoardData } from "@/app/wizard/_components/no-board-data";
import { estimateNeededThroughput } from "@/lib/wizard/estimate-needed-throughput";
import { MAX_PER_FAMILY } from "@/lib/wizard/rank-shortlist";
import styles from "@/components/wizard/result.module.css";

/** The shortlist page: what was asked, which snapshots judge it, the picks or the what-ifs. */
export function ResultView({ answers, result }: { answers: WizardAnswers; result: WizardResult }) {
  const total = result.candidates.length;
  const need = estimateNeededThroughput(answers.volumeM, answers.assumptions.split);
  return (
    <section aria-labelledby="result-heading" data-testid="wizard-result">
      <h2 id="result-heading" tabIndex={-1}>
        Your shortlist
      </h2>
      <AnswersSummary answers={answers} />
      <h3>Where the ratings come from</h3>
      <ul className={styles.boards} data-testid="board-sources">
        {result.boards.map((b) => (
          <li key={`${b.arena}:${b.category}`}>
            <strong>{b.label}</strong>:{" "}
            {b.snapshot ? (
              <>
                {b.snapshot.sourceName}, snapshot of {b.snapshot.date}
                {b.snapshot.styleControl ? " (style control on)" : ""}, {b.snapshot.modelCount}{" "}
                models rated; best {b.best?.name} at {Math.round(b.best?.rating ?? 0)}.
              </>
            ) : (
              "no complete leaderboard snapshot is on file for this board."
            )}
          </li>
        ))}
      </ul>
      <p className="muted">
        Ratings and gaps are compared only within each board&apos;s one snapshot; different sources
        use different scales.{" "}
        {result.unknownLicence > 0 &&
          `${result.unknownLicence} rated models with an unknown licence (unreleased or experimental) are left out. `}
        {total > 0 && (
          <span data-testid="passing-count">
            {result.passing} of {total} rated models meet every requirement.
          </span>
        )}
      </p>
      <CopyLinkButton label="Copy link to this shortlist" />
      <p className="muted" data-testid="volume-need" hidden={total === 0}>
        Your volume, {answers.volumeM.toLocaleString("en-US")}M tokens a month, needs about{" "}
        {formatRate(need.average)} output tokens per second on average ({formatRate(need.busy)} if
        it all arrives in working hours); each self-hosted option says whether its plan keeps up.
      </p>
      {total === 0 ? (
        <NoBoardData answers={answers} boards={result.boards} />
      ) : result.shortlist.length > 0 ? (
        <>
          {result.capped.length > 0 && (
            <p className="muted" data-testid="variety-note">
              For variety the shortlist takes at most {MAX_PER_FAMILY} models per organisation (
              {result.capped.join(", ")} had more); the full ranking is below.
            </p>
          )}
          <div data-testid="shortlist">
            {result.shortlist.map((e) => (
              <ShortlistEntry
                key={e.candidate.profile.id}
                entry={e}
                boards={result.boards}
                answers={answers}
              />
            ))}
          </div>
          {result.all.length > result.shortlist.length && <AllOptions options={result.all} />}
        </>
      ) : (
        <Relaxations relaxations={result.relaxations} answers={answers} total={total} />
      )}
    </section>
  );
}

const formatRate = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString("en-US"));
