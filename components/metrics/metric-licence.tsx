import styles from "./metrics.module.css";

interface Props {
  dataLicence: string;
  nonCommercial: boolean;
  attribution: string;
  homepage: string;
}

/** The terms the numbers come under, shown wherever a metric's numbers are. */
export function MetricLicence({ dataLicence, nonCommercial, attribution, homepage }: Props) {
  return (
    <p className={styles.meta} data-testid="metric-licence">
      {nonCommercial && (
        <>
          <span className={styles.nc} data-testid="non-commercial">
            Non-commercial use only
          </span>{" "}
        </>
      )}
      Data: {dataLicence}. Credit: <a href={homepage}>{attribution}</a>.
    </p>
  );
}
