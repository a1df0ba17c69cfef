/** The bar chart's height: about 13 px per model's bar (the picture and the chart agree). */
export const barsHeight = (rows: number, models: number) => 56 + rows * (models * 13 + 22);
