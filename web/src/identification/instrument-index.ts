import type { InstrumentList, LocalizedText } from '../api/screening.ts';

export type InstrumentEntry = { title: LocalizedText; version: string; questionCount: number };

/** Every form of every population by instrument id, to name a kept or unfinished screening. */
export function instrumentIndex(list: InstrumentList): Map<string, InstrumentEntry> {
  return new Map(
    list.flatMap((population) =>
      population.forms.map((form) => [
        form.id,
        { title: form.title, version: form.version, questionCount: form.questionCount },
      ]),
    ),
  );
}
