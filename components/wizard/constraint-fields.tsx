import { GPU_CLASSES, type WizardAnswers } from "@/lib/wizard/answers";
import { GPU_CLASS_INFO } from "@/lib/wizard/gpu-classes";
import { LICENCE_CHOICES, OPS_CHOICES } from "@/lib/wizard/question-choices";
import { ChoiceList, Fieldset, NumberField, SelectField } from "./field-parts";
import styles from "./wizard.module.css";

const GPU_OPTIONS = GPU_CLASSES.map((g) => ({
  value: String(g),
  label: `${g} GB (e.g. ${GPU_CLASS_INFO[g].example})`,
}));

/** Step 4: what the licence must allow. */
export function LicenceFields({ answers }: { answers: WizardAnswers }) {
  const has = (n: WizardAnswers["licence"][number]) => answers.licence.includes(n);
  return (
    <Fieldset legend="What must the licence allow? Tick all that apply.">
      <ChoiceList
        type="checkbox"
        name="lic"
        choices={LICENCE_CHOICES}
        isChecked={(v) => has(v as WizardAnswers["licence"][number])}
        testIdOf={(v) => `licence-${v}`}
      />
    </Fieldset>
  );
}

/** Step 5: money and volume, which together give every option's monthly cost. */
export function BudgetFields({ answers }: { answers: WizardAnswers }) {
  return (
    <Fieldset legend="Budget and expected volume">
      <NumberField
        name="budget"
        label="Budget, US dollars per month"
        value={answers.budget}
        placeholder="no limit"
        hint="Leave empty for no limit."
      />
      <NumberField
        name="vol"
        label="Tokens per month, in millions (input + output)"
        value={answers.volumeM}
        hint="100 = 100 million tokens, e.g. 50,000 requests of 2,000 tokens."
      />
    </Fieldset>
  );
}

/** Step 6: GPUs on hand and whether the team can run servers. */
export function InfraFields({ answers }: { answers: WizardAnswers }) {
  return (
    <>
      <Fieldset legend="GPUs you already have">
        <div className={styles.row}>
          <NumberField name="gpus" label="How many GPUs (0 = none)" value={answers.gpus} step="1" />
          <SelectField
            name="vram"
            label="Memory per GPU"
            value={String(answers.vram)}
            options={GPU_OPTIONS}
          />
        </div>
        <p className={styles.hint}>
          With none, self-hosting is costed on rented GPUs (class set in the assumptions on the
          result).
        </p>
      </Fieldset>
      <Fieldset legend="Can your team run inference servers?">
        <ChoiceList
          type="radio"
          name="ops"
          choices={OPS_CHOICES}
          isChecked={(v) => answers.ops === v}
          testIdOf={(v) => `ops-${v}`}
        />
      </Fieldset>
    </>
  );
}

/** Step 7: latency and throughput targets (optional). */
export function TargetFields({ answers }: { answers: WizardAnswers }) {
  return (
    <Fieldset legend="Latency and throughput targets (optional)">
      <NumberField
        name="speed"
        label="Output speed per request, tokens/s at least"
        value={answers.speed}
        placeholder="no target"
        hint="People read about 5-10 tokens/s; chat feels fast from about 30."
      />
      <NumberField
        name="tput"
        label="Total output at peak, tokens/s at least"
        value={answers.tput}
        placeholder="no target"
        hint="All concurrent requests together."
      />
    </Fieldset>
  );
}
