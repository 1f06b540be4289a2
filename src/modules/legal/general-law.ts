import type { ExploitationForm } from '../exploitation/forms.ts';

/**
 * The offences of Mexico's 2012 General Law on trafficking (Ley General para Prevenir, Sancionar y
 * Erradicar los Delitos en Materia de Trata de Personas) that a charge may name. Article 10 is the
 * offence of trafficking itself; its fractions I–XI define exploitation by pointing to articles 11–31,
 * which is where each form comes from (docs/rules.md, [LG10]). Orientation for recording charges, not
 * legal research: check the official text before relying on it. Migration 0014 mirrors this table.
 * Forms are the exploitation forms of the case records, so statistics join charges and exploitations.
 *
 * Article → the one form it defines; null for art. 10, which goes with any form.
 */
const ARTICLE_FORMS = {
  '10': null,
  '11': 'slavery',
  '12': 'servitude',
  '13': 'sexual_exploitation',
  '14': 'sexual_exploitation',
  '15': 'sexual_exploitation',
  '16': 'sexual_exploitation',
  '17': 'sexual_exploitation',
  '18': 'sexual_exploitation',
  '19': 'sexual_exploitation',
  '20': 'sexual_exploitation',
  '21': 'labour_exploitation',
  '22': 'forced_labour',
  '24': 'forced_begging',
  '25': 'forced_criminality',
  '26': 'illegal_adoption',
  '27': 'illegal_adoption',
  '28': 'forced_marriage',
  '29': 'forced_marriage',
  '30': 'organ_removal',
  '31': 'biomedical_experimentation',
} as const satisfies Record<string, ExploitationForm | null>;

export type LawArticle = keyof typeof ARTICLE_FORMS;
export const LAW_ARTICLES = Object.keys(ARTICLE_FORMS) as [LawArticle, ...LawArticle[]];

/** Whether a charge under `article` may name `form`. */
export const articleCoversForm = (article: LawArticle, form: ExploitationForm): boolean =>
  (ARTICLE_FORMS[article] ?? form) === form;
