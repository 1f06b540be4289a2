import type { z } from 'zod';
import type { instrumentDetail, instrumentList } from './instrument-contract.ts';
import { INSTRUMENTS } from './instruments/catalog.ts';
import { type Instrument, POPULATIONS } from './instruments/types.ts';
import { TITLES } from './instruments/wording.ts';

export function instrumentListView(): z.infer<typeof instrumentList> {
  return {
    items: POPULATIONS.map((population) => ({
      population,
      title: TITLES[population],
      forms: INSTRUMENTS.filter((instrument) => instrument.population === population).map((instrument) => ({
        id: instrument.id,
        version: instrument.version,
        form: instrument.form,
        title: instrument.title,
        questionCount: instrument.questions.length,
      })),
    })),
  };
}

export function instrumentDetailView(instrument: Instrument): z.infer<typeof instrumentDetail> {
  return {
    id: instrument.id,
    version: instrument.version,
    population: instrument.population,
    form: instrument.form,
    languages: [...instrument.languages],
    title: instrument.title,
    introduction: instrument.introduction,
    guidance: [...instrument.guidance],
    questions: instrument.questions.map(({ id, kind, text }) => ({ id, kind, text })),
  };
}
