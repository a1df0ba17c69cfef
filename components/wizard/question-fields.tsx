import { LANGUAGES, TASKS, type WizardAnswers } from "@/lib/wizard/answers";
import { TASK_BOARD_NOTES, TASK_LABELS } from "@/lib/wizard/task-boards";
import { Fieldset, NumberField, Option } from "./field-parts";
import styles from "./wizard.module.css";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Step 1: what the model will mostly do, each task tied to the leaderboard that judges it. */
export function TaskFields({ answers }: { answers: WizardAnswers }) {
  return (
    <>
      <Fieldset legend="What will the model mostly do? Pick one or more.">
        {TASKS.map((t) => (
          <Option
            key={t}
            type="checkbox"
            name="task"
            value={t}
            checked={answers.tasks.includes(t)}
            label={TASK_LABELS[t]}
            hint={`Judged on: ${TASK_BOARD_NOTES[t]}`}
            testId={`task-${t}`}
          />
        ))}
        <div className={styles.langs}>
          <Fieldset legend="Multilingual: which languages?">
            <div className={styles.row}>
              {LANGUAGES.map((l) => (
                <Option
                  key={l}
                  type="checkbox"
                  name="lang"
                  value={l}
                  checked={answers.langs.includes(l)}
                  label={cap(l)}
                  testId={`lang-${l}`}
                />
              ))}
            </div>
          </Fieldset>
        </div>
      </Fieldset>
      <p className="muted">Nothing ticked counts as general chat.</p>
    </>
  );
}

/** Step 2: how close to the best model the pick must be. */
export function QualityFields({ answers }: { answers: WizardAnswers }) {
  return (
    <Fieldset legend="How good must it be?">
      <Option
        type="radio"
        name="q"
        value="frontier"
        checked={answers.quality === "frontier"}
        label="Must be at the frontier"
        hint="Statistically tied with the best model on every chosen board (95% intervals overlap)."
        testId="quality-frontier"
      />
      <Option
        type="radio"
        name="q"
        value="within"
        checked={answers.quality === "within"}
        label="Close to the frontier"
        hint="No more rating points behind the best model than the number below, on every chosen board."
        testId="quality-within"
      />
      <div className={styles.langs}>
        <NumberField
          name="qn"
          label="Points behind the best, at most"
          value={answers.within}
          step="1"
          hint="On arena ratings, 30 points means the better model wins about 54% of head-to-head votes."
        />
      </div>
      <Option
        type="radio"
        name="q"
        value="any"
        checked={answers.quality === "any"}
        label="Good enough"
        hint="No minimum: rank by rating and let the other requirements decide."
        testId="quality-any"
      />
    </Fieldset>
  );
}

/** Step 3: whether prompts may leave the organisation. */
export function DataFields({ answers }: { answers: WizardAnswers }) {
  return (
    <Fieldset legend="Must prompts and documents stay in-house (privacy, data residency)?">
      <Option
        type="radio"
        name="priv"
        value="1"
        checked={answers.privacy}
        label="Yes, they must stay on hardware we control"
        hint="Only self-hosted open-weight models qualify (your GPUs or GPUs rented in your own cloud account)."
        testId="privacy-yes"
      />
      <Option
        type="radio"
        name="priv"
        value="0"
        checked={!answers.privacy}
        label="No, a provider's API is acceptable"
        hint="Proprietary APIs and hosted open models qualify."
        testId="privacy-no"
      />
    </Fieldset>
  );
}
