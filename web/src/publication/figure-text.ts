/** The words a figure is shown with, in the reader's language. */
export type FigureTexts = {
  suppressed: string;
  noData: string;
  atLeast: (value: string) => string;
  approximate: (value: string) => string;
};

type Figure = { value: number | null; suppressed: boolean; noisy: boolean; atLeast: boolean };

/** A published number as read: withheld, missing, approximate (noise) or a floor (incomplete coverage). */
export function figureText({ value, suppressed, noisy, atLeast }: Figure, texts: FigureTexts): string {
  if (suppressed) return texts.suppressed;
  if (value === null) return texts.noData;
  const number = String(value);
  const approximate = noisy ? texts.approximate(number) : number;
  return atLeast ? texts.atLeast(approximate) : approximate;
}
