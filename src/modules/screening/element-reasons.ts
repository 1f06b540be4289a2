import type { Reason } from './contract.ts';

/** What the classifier found about each Palermo element, in the order a result lists them. */
export const ELEMENT_RULES = [
  {
    rule: 'act_present',
    es: 'Se observó al menos una conducta: captar, transportar, trasladar, acoger o recibir a la persona.',
    en: 'At least one act was observed: recruiting, transporting, transferring, harbouring or receiving the person.',
  },
  {
    rule: 'act_absent',
    es: 'Se preguntó y no se observó que alguien captara, transportara, trasladara, acogiera o recibiera a la persona.',
    en: 'Asked, and no one was found to have recruited, transported, transferred, harboured or received the person.',
  },
  {
    rule: 'act_unknown',
    es: 'Aún no se sabe si alguien captó, transportó, trasladó, acogió o recibió a la persona.',
    en: 'It is not yet known whether anyone recruited, transported, transferred, harboured or received the person.',
  },
  {
    rule: 'purpose_present',
    es: 'Se observó al menos un fin de explotación.',
    en: 'At least one purpose of exploitation was observed.',
  },
  {
    rule: 'purpose_absent',
    es: 'Se preguntó y no se observó ningún fin de explotación.',
    en: 'Asked, and no purpose of exploitation was observed.',
  },
  {
    rule: 'purpose_unknown',
    es: 'Aún no se sabe con qué fin se captó o se tiene a la persona.',
    en: 'It is not yet known for what purpose the person was recruited or is being held.',
  },
  {
    rule: 'illegal_adoption_mexican_law_only',
    es: 'La adopción ilegal es delito en materia de trata de personas según la Ley General de 2012, pero el Protocolo de Palermo no la cuenta como trata: se registra de ambas formas.',
    en: 'Illegal adoption is a trafficking offence under the 2012 General Law, but the Palermo Protocol does not count it as trafficking: it is recorded both ways.',
  },
  {
    rule: 'means_present',
    es: 'Se observó al menos un medio comisivo: amenaza, fuerza, coacción, rapto, fraude, engaño, abuso de poder o de una situación de vulnerabilidad, o pagos a quien tiene autoridad sobre la persona.',
    en: 'At least one means was observed: threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or payments to a person in control.',
  },
  {
    rule: 'means_from_indicators',
    es: 'Algunos indicadores observados (OIT o HTCDS) describen cómo se controla a la persona y cuentan como medios comisivos.',
    en: 'Some indicators observed (ILO or HTCDS) describe how the person is controlled and count as means.',
  },
  {
    rule: 'smuggling_not_free_to_leave',
    es: 'Al llegar, la persona no pudo irse libremente: es una restricción de su libertad, un medio comisivo (coacción).',
    en: 'On arrival the person was not free to leave: a restriction of liberty, which is a means (coercion).',
  },
  {
    rule: 'means_absent',
    es: 'Se preguntó y no se observaron medios comisivos.',
    en: 'Asked, and no means were observed.',
  },
  {
    rule: 'means_unknown',
    es: 'Aún no se sabe si hubo amenazas, fuerza, engaño, abuso de vulnerabilidad u otro medio comisivo.',
    en: 'It is not yet known whether threats, force, deception, abuse of vulnerability or another means were used.',
  },
  {
    rule: 'child_no_means_required',
    es: 'La persona es menor de 18 años: para niñas, niños y adolescentes no hace falta acreditar medios comisivos.',
    en: 'The person is under 18: for children no means need to be shown.',
  },
  {
    rule: 'age_unknown',
    es: 'Aún no se conoce la edad; si la persona es menor de 18 años no hace falta acreditar medios comisivos.',
    en: 'The age is not yet known; if the person is under 18 no means need to be shown.',
  },
] as const satisfies readonly Reason[];
