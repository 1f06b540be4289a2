import { ADULT_AGE_QUESTION, ADULT_MEANS_QUESTIONS, CROSSING_QUESTIONS } from './adult-control.ts';
import { ADULT_INDICATOR_QUESTIONS } from './adult-indicators.ts';
import { ADULT_ACT_QUESTIONS, ADULT_PURPOSE_QUESTIONS } from './adult-situation.ts';
import { CHILD_QUESTIONS } from './child-questions.ts';
import { PLANS } from './plans.ts';
import {
  type Instrument,
  type InstrumentForm,
  type LocalizedText,
  POPULATIONS,
  type Population,
  type Question,
} from './types.ts';
import { ADULT_INTRODUCTION, CHILD_INTRODUCTION, guidanceFor, TITLES } from './wording.ts';

export const QUESTION_BANK: readonly Question[] = [
  ADULT_AGE_QUESTION,
  ...ADULT_ACT_QUESTIONS,
  ...ADULT_PURPOSE_QUESTIONS,
  ...ADULT_MEANS_QUESTIONS,
  ...ADULT_INDICATOR_QUESTIONS,
  ...CROSSING_QUESTIONS,
  ...CHILD_QUESTIONS,
];

function questionsById(ids: string[]): Question[] {
  return ids.map((id) => {
    const question = QUESTION_BANK.find((candidate) => candidate.id === id);
    if (!question) throw new Error(`Instrument plan names an unknown question: ${id}`);
    return question;
  });
}

function titleFor(population: Population, form: InstrumentForm): LocalizedText {
  const title = TITLES[population];
  const es = form === 'short' ? 'versión corta' : 'versión larga';
  return { 'es-MX': `${title['es-MX']} (${es})`, en: `${title.en} (${form} form)` };
}

function buildInstrument(population: Population, form: InstrumentForm): Instrument {
  const plan = PLANS[population];
  return {
    id: `${population}.${form}`,
    version: plan.version,
    population,
    form,
    languages: ['es-MX', 'en'],
    title: titleFor(population, form),
    introduction: population === 'children' ? CHILD_INTRODUCTION : ADULT_INTRODUCTION,
    guidance: guidanceFor(population),
    questions: questionsById(form === 'short' ? plan.short : [...plan.short, ...plan.longAdds]),
  };
}

export const INSTRUMENTS: readonly Instrument[] = POPULATIONS.flatMap((population) => [
  buildInstrument(population, 'short'),
  buildInstrument(population, 'long'),
]);

export function findInstrument(id: string): Instrument | undefined {
  return INSTRUMENTS.find((instrument) => instrument.id === id);
}
