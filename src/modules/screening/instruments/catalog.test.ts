import { describe, expect, it } from 'vitest';
import { act, indicator, means, purpose } from '../contract.ts';
import { INSTRUMENTS, QUESTION_BANK } from './catalog.ts';
import { POPULATIONS, type Question } from './types.ts';

function targetIsKnown(question: Question): boolean {
  const { target } = question;
  switch (target.fact) {
    case 'age':
      return question.kind === 'age';
    case 'acts':
      return act.safeParse(target.value).success;
    case 'means':
      return means.safeParse(target.value).success;
    case 'purposes':
      return purpose.safeParse(target.value).success;
    case 'indicators':
      return indicator.safeParse(target.value).success;
    case 'smuggling':
      return ['paidToCrossBorder', 'freeToLeaveOnArrival'].includes(target.field);
  }
}

describe('screening instruments', () => {
  it('offer a short and a long form for every population the seed names', () => {
    const ids = INSTRUMENTS.map((instrument) => instrument.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const population of POPULATIONS) {
      expect(ids).toEqual(expect.arrayContaining([`${population}.short`, `${population}.long`]));
    }
  });

  it('give every question a unique id and a fact the classifier knows', () => {
    const ids = QUESTION_BANK.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of QUESTION_BANK) expect(targetIsKnown(question), question.id).toBe(true);
  });

  it('have every text in every language they offer, Spanish and English at least', () => {
    for (const instrument of INSTRUMENTS) {
      expect(instrument.languages).toEqual(expect.arrayContaining(['es-MX', 'en']));
      const texts = [instrument.title, instrument.introduction, ...instrument.guidance];
      for (const text of [...texts, ...instrument.questions.map((question) => question.text)]) {
        for (const language of instrument.languages)
          expect(text[language]?.trim(), instrument.id).toBeTruthy();
      }
    }
  });

  it('ask each question once per instrument and keep the short form inside the long one', () => {
    for (const instrument of INSTRUMENTS) {
      const ids = instrument.questions.map((question) => question.id);
      expect(new Set(ids).size, instrument.id).toBe(ids.length);
      expect(instrument.version).toMatch(/^\d+\.\d+\.\d+$/);
    }
    for (const population of POPULATIONS) {
      const short = INSTRUMENTS.find((instrument) => instrument.id === `${population}.short`)!;
      const long = INSTRUMENTS.find((instrument) => instrument.id === `${population}.long`)!;
      expect(long.questions.slice(0, short.questions.length)).toEqual(short.questions);
      expect(long.questions.length).toBeGreaterThan(short.questions.length);
    }
  });

  it('cover age and every Palermo element even in the short form', () => {
    for (const instrument of INSTRUMENTS) {
      const facts = new Set(instrument.questions.map((question) => question.target.fact));
      expect(facts.has('age'), instrument.id).toBe(true);
      expect(facts.has('acts'), instrument.id).toBe(true);
      expect(facts.has('purposes'), instrument.id).toBe(true);
      expect(facts.has('means') || facts.has('indicators'), instrument.id).toBe(true);
    }
  });

  it('never ask about consent and never call trafficking "tráfico"', () => {
    for (const question of QUESTION_BANK) {
      const text = `${question.text['es-MX']} ${question.text.en}`;
      expect(text, question.id).not.toMatch(
        /consent|consint|voluntar|\bacept|\baccept|de acuerdo|\bagreed? to\b/i,
      );
      expect(text, question.id).not.toMatch(/tr[aá]fico(?! de migrantes)/i);
    }
  });
});
