import { GPU_CLASSES, type WizardAnswers } from "@/lib/wizard/answers";
import { FALLBACK_ATTENTION } from "@/lib/wizard/estimate-memory";
import { GPU_CLASS_INFO, GPU_MEMORY_UTILISATION, HOURS_PER_MONTH } from "@/lib/wizard/gpu-classes";
import { DECODE_EFFICIENCY } from "@/lib/wizard/estimate-speed";
import { Fieldset, NumberField, SelectField } from "./field-parts";
import styles from "./wizard.module.css";

/** The estimate's assumptions, editable (they are URL parameters like every answer). */
export function AssumptionFields({ answers }: { answers: WizardAnswers }) {
  const s = answers.assumptions;
  const rentInfo = GPU_CLASS_INFO[s.rent];
  const fb = FALLBACK_ATTENTION.kind === "gqa" ? FALLBACK_ATTENTION : null;
  return (
    <Fieldset legend="Assumptions behind the estimates">
      <div className={styles.row}>
        <NumberField
          name="split"
          text
          label="Input : output tokens"
          value={s.split.join(":")}
          hint="API cost = price × volume, split this way."
        />
        <NumberField name="ctx" label="Context per request (tokens)" value={s.ctx} step="1" />
        <NumberField name="conc" label="Requests at full context at once" value={s.conc} step="1" />
      </div>
      <div className={styles.row}>
        <SelectField
          name="quant"
          label="Weights precision (auto: highest that fits your GPUs; 8-bit when renting)"
          value={s.quant}
          options={[
            { value: "auto", label: "Auto" },
            { value: "16", label: "16-bit (BF16)" },
            { value: "8", label: "8-bit (FP8)" },
            { value: "4", label: "4-bit (AWQ / MXFP4)" },
          ]}
        />
        <SelectField
          name="rent"
          label="GPU to rent when you have none"
          value={String(s.rent)}
          options={GPU_CLASSES.map((g) => ({
            value: String(g),
            label: `${g} GB, $${GPU_CLASS_INFO[g].dollarsPerHour}/h (${GPU_CLASS_INFO[g].example})`,
          }))}
        />
        <NumberField
          name="gph"
          label="Your $/GPU-hour (optional)"
          value={s.gph}
          placeholder={`default for the class, e.g. ${rentInfo.dollarsPerHour}`}
        />
      </div>
      <ul className={styles.hint} data-testid="assumption-formulas">
        <li>
          Weights memory = parameters × bytes per parameter (2 at 16-bit, 1 at 8-bit, 0.5 at 4-bit).
        </li>
        <li>
          KV cache = 2 (K and V) × layers × KV heads × head size × 2 bytes × context × concurrent
          requests, from each model&apos;s config (latent size × layers for DeepSeek-style MLA).
          Where the shape is not on file, a 70B-class shape is assumed ({fb?.layers} layers ×{" "}
          {fb?.kvHeads} KV heads × {fb?.headDim}). Sliding-window layers are counted in full, so
          this errs high.
        </li>
        <li>
          GPUs = ceil((weights + KV) / ({GPU_MEMORY_UTILISATION * 100}% of GPU memory)), rounded up
          to 1, 2, 4 or 8 per node; cost = GPUs × $/GPU-hour × {HOURS_PER_MONTH} h. GPUs you own
          count $0.
        </li>
        <li>
          Speed per request ≈ {DECODE_EFFICIENCY * 100}% × memory bandwidth of the GPUs / (active
          parameters × bytes per parameter); total ≈ that × concurrent requests (an upper bound).
        </li>
      </ul>
    </Fieldset>
  );
}
