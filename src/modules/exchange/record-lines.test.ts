import { describe, expect, test } from 'vitest';
import { type RecordLine, requestOfLine, UNRESOLVED } from './record-lines.ts';

const line = (fields: Record<string, unknown>) => ({ id: 'r-1', case: 'c-1', ...fields }) as RecordLine;

describe('a record line as its module’s request', () => {
  test.each([
    [
      'a charge names its proceeding and suspect by uuid',
      line({
        type: 'charge',
        proceeding: 'p-1',
        person: 's-1',
        lawArticle: '10',
        form: 'forced_labour',
        chargedOn: '2012-01-01',
      }),
      { proceedingId: UNRESOLVED, personId: UNRESOLVED },
    ],
    [
      'agency codes are upper-cased as the API does',
      line({ type: 'legalProceeding', agencyCode: 'fge-pue', investigationOpenedOn: '2012-01-01' }),
      { agencyCode: 'FGE-PUE' },
    ],
    [
      'a consent keeps its revocation apart from the request',
      line({
        type: 'consent',
        person: 'p-1',
        scopes: ['services'],
        recipientAgencyTypes: ['shelter'],
        givenOn: '2012-01-01',
        revokedOn: '2013-01-01',
      }),
      { recipientAgencyCodes: [] },
    ],
  ])('%s', (_name, input, expected) => {
    const result = requestOfLine(input);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.request).toMatchObject(expected);
      expect(result.request).not.toHaveProperty('revokedOn');
      expect(result.request).not.toHaveProperty('case');
    }
  });

  test.each([
    [
      'a rule across fields names the line’s field',
      line({
        type: 'charge',
        proceeding: 'p-1',
        person: 's-1',
        lawArticle: '11',
        form: 'forced_labour',
        chargedOn: '2012-01-01',
      }),
      'form',
    ],
    [
      'an official’s institution needs a public official',
      line({ type: 'suspectRole', person: 's-1', publicOfficial: false, officialInstitution: 'Policía' }),
      'publicOfficial',
    ],
    [
      'a decision not taken freely is not recorded',
      line({
        type: 'testimonyDecision',
        person: 's-1',
        decision: 'undecided',
        voluntary: false,
        decidedOn: '2012-01-01',
      }),
      'voluntary',
    ],
    [
      'a foreign partner is never Mexico',
      line({
        type: 'bilateralInvestigation',
        countryCode: 'MX',
        partnerAgency: 'FBI',
        startedOn: '2012-01-01',
      }),
      'countryCode',
    ],
  ])('%s', (_name, input, field) => {
    const result = requestOfLine(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
