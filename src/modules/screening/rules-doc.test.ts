import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JURISDICTION_RULE_IDS } from '../jurisdiction/reasons.ts';
import { JURISDICTION_RULESET } from '../jurisdiction/ruleset.ts';
import { SCREENING_RULES_VERSION } from './classify.ts';
import { INDICATOR_CODES } from './indicators.ts';
import { INSTRUMENTS } from './instruments/catalog.ts';
import { SCREENING_RULES } from './reasons.ts';

const rulesDoc = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  it('explains every screening rule in both languages, exactly as the classifier says it', () => {
    for (const { rule, es, en } of SCREENING_RULES) {
      expect(rulesDoc, rule).toContain(`| \`${rule}\` |`);
      expect(rulesDoc, rule).toContain(es);
      expect(rulesDoc, rule).toContain(en);
    }
  });

  it('explains every jurisdiction rule and every indicator code', () => {
    for (const rule of JURISDICTION_RULE_IDS) expect(rulesDoc, rule).toContain(`| \`${rule}\` |`);
    for (const code of INDICATOR_CODES) expect(rulesDoc, code).toContain(`| \`${code}\` |`);
  });

  it('names the current rule-set and instrument versions', () => {
    expect(rulesDoc).toContain(SCREENING_RULES_VERSION);
    expect(rulesDoc).toContain(JURISDICTION_RULESET.version);
    for (const instrument of INSTRUMENTS) {
      expect(rulesDoc).toContain(
        `| \`${instrument.id}\` | ${instrument.version} | ${instrument.questions.length} |`,
      );
    }
  });
});
