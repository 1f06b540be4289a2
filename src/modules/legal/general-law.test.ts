import { describe, expect, it } from 'vitest';
import { EXPLOITATION_FORMS } from '../exploitation/forms.ts';
import { articleCoversForm, LAW_ARTICLES } from './general-law.ts';

describe('the 2012 General Law offences a charge names', () => {
  it.each([
    ['10', 'forced_labour', true],
    ['10', 'illegal_adoption', true],
    ['11', 'slavery', true],
    ['11', 'servitude', false],
    ['13', 'sexual_exploitation', true],
    ['20', 'sexual_exploitation', true],
    ['21', 'labour_exploitation', true],
    ['21', 'forced_labour', false],
    ['22', 'forced_labour', true],
    ['25', 'forced_criminality', true],
    ['27', 'illegal_adoption', true],
    ['29', 'forced_marriage', true],
    ['30', 'organ_removal', true],
    ['31', 'biomedical_experimentation', true],
    ['31', 'organ_removal', false],
  ] as const)('art. %s with %s → %s', (article, form, covered) => {
    expect(articleCoversForm(article, form)).toBe(covered);
  });

  it('lists articles 10–31 except 23, which defines no offence', () => {
    expect(LAW_ARTICLES).toHaveLength(21);
    expect(LAW_ARTICLES).not.toContain('23');
  });

  it('gives every form of exploitation an article of its own besides art. 10', () => {
    for (const form of EXPLOITATION_FORMS) {
      const articles = LAW_ARTICLES.filter((article) => article !== '10' && articleCoversForm(article, form));
      expect(articles, form).not.toEqual([]);
    }
  });
});
