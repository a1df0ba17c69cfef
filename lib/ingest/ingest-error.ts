/** A bad-input error that says where: source, file or URL, row and field. */
export class IngestError extends Error {
  readonly source: string;
  readonly origin: string;
  readonly row: number | null;
  readonly field: string | null;

  constructor(opts: {
    source: string;
    origin: string;
    message: string;
    row?: number | null;
    field?: string | null;
  }) {
    const where = [
      `source ${opts.source}`,
      opts.origin,
      opts.row != null ? `row ${opts.row}` : null,
      opts.field ? `field "${opts.field}"` : null,
    ]
      .filter(Boolean)
      .join(", ");
    super(`${where}: ${opts.message}`);
    this.name = "IngestError";
    this.source = opts.source;
    this.origin = opts.origin;
    this.row = opts.row ?? null;
    this.field = opts.field ?? null;
  }
}
