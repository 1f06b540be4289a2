import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../catalog/states.ts';
import type { JurisdictionFacts } from './contract.ts';
import { decideJurisdiction } from './decide.ts';
import { JURISDICTION_RULE_IDS } from './reasons.ts';
import { JURISDICTION_RULESET, type JurisdictionRuleset } from './ruleset.ts';

const DOMESTIC = {
  transnational: false,
  organizedCrime: false,
  federalTerritory: false,
  officialInvolved: false,
};

function rulesetWith(code: 'ZAC', law: JurisdictionRuleset['stateLaws']['ZAC']): JurisdictionRuleset {
  return { ...JURISDICTION_RULESET, stateLaws: { ...JURISDICTION_RULESET.stateLaws, [code]: law } };
}

describe('decideJurisdiction: state law table', () => {
  it('warns when the state law does not cover a form, naming it in both languages', () => {
    const ruleset = rulesetWith('ZAC', { criminalisedForms: ['sexual_exploitation'], verified: true });
    const facts: JurisdictionFacts = {
      state: 'ZAC',
      ...DOMESTIC,
      suspectCount: 1,
      forms: ['forced_begging', 'sexual_exploitation'],
    };
    const decision = decideJurisdiction(facts, ruleset);
    expect(decision).toMatchObject({ decision: 'state', authority: 'STATE_PROSECUTOR' });
    expect(decision.reasons.map((reason) => reason.rule)).toEqual(['state_domestic_case', 'state_law_gap']);
    expect(decision.reasons[1]).toMatchObject({
      es: expect.stringContaining('mendicidad forzosa'),
      en: expect.stringContaining('forced begging'),
    });
  });

  it('says nothing more for a verified state whose law covers every form', () => {
    const ruleset = rulesetWith('ZAC', { criminalisedForms: 'all', verified: true });
    const decision = decideJurisdiction({ state: 'ZAC', ...DOMESTIC, suspectCount: 1 }, ruleset);
    expect(decision.reasons.map((reason) => reason.rule)).toEqual(['state_domestic_case']);
    expect(decision.reasons[0]?.es).toContain('Zacatecas');
  });

  it('ships a placeholder table: all 32 states present and none verified', () => {
    expect(Object.keys(JURISDICTION_RULESET.stateLaws).sort()).toEqual([...STATE_CODES].sort());
    expect(Object.values(JURISDICTION_RULESET.stateLaws).every((law) => !law.verified)).toBe(true);
  });

  it('has unique rule ids, and Spanish that never calls trafficking "tráfico"', () => {
    expect(new Set(JURISDICTION_RULE_IDS).size).toBe(JURISDICTION_RULE_IDS.length);
    const decision = decideJurisdiction({ state: 'PUE', ...DOMESTIC, suspectCount: 1 });
    for (const reason of decision.reasons)
      expect(reason.es).not.toMatch(/tr[aá]fico(?! de migrantes| de órganos)/i);
  });
});
