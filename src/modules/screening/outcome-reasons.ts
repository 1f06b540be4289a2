import type { Reason } from './contract.ts';

/** Why the classifier reached its result, in the order a result lists them after the elements. */
export const OUTCOME_RULES = [
  {
    rule: 'trafficking_elements_met',
    es: 'Concurren una conducta, un fin de explotación y un medio comisivo (o la persona es menor de edad): hay indicios de trata de personas.',
    en: 'An act, a purpose of exploitation and a means (or the person is a child) are all present: trafficking in persons is indicated.',
  },
  {
    rule: 'consent_irrelevant',
    es: 'El consentimiento de la persona no cuenta: la Ley General de 2012 y el Protocolo de Palermo lo declaran irrelevante. Enlace nunca lo pregunta.',
    en: "The person's consent does not count: the 2012 General Law and the Palermo Protocol make it irrelevant. Enlace never asks for it.",
  },
  {
    rule: 'smuggling_became_trafficking',
    es: 'Hubo un pago por cruzar la frontera, pero después aparecieron medios comisivos y un fin de explotación: el tráfico de migrantes se convirtió en trata de personas.',
    en: 'There was a payment to cross the border, but means and a purpose of exploitation followed: migrant smuggling became trafficking in persons.',
  },
  {
    rule: 'child_forced_criminality',
    es: 'Una persona menor de edad utilizada por otras personas en actividades delictivas debe atenderse como posible víctima de trata de personas.',
    en: 'A child used by others in criminal activities must be treated as a possible victim of trafficking in persons.',
  },
  {
    rule: 'non_punishment',
    es: 'La persona no debe ser castigada por actos ilícitos cometidos como consecuencia directa de la trata de personas.',
    en: 'The person must not be punished for unlawful acts committed as a direct result of being trafficked.',
  },
  {
    rule: 'elements_incomplete',
    es: 'Faltan datos que todavía podrían completar la definición de trata de personas: hace falta una evaluación más a fondo.',
    en: 'Facts still missing could complete the definition of trafficking in persons: further assessment is needed.',
  },
  {
    rule: 'indicators_without_elements',
    es: 'Hay indicadores de explotación o de control aunque no se cumplen los elementos de la trata de personas: hace falta una evaluación más a fondo.',
    en: 'There are indicators of exploitation or control although the elements of trafficking are not met: further assessment is needed.',
  },
  {
    rule: 'smuggling_without_exploitation',
    es: 'Hubo un pago por cruzar la frontera sin medios comisivos ni fin de explotación: hay indicios de tráfico de migrantes, no de trata de personas. La persona conserva su derecho a información y protección.',
    en: 'There was a payment to cross the border with no means and no purpose of exploitation: migrant smuggling is indicated, not trafficking. The person keeps the right to information and protection.',
  },
  {
    rule: 'adult_without_means',
    es: 'La persona es mayor de edad y no se observaron medios comisivos: sin ellos no hay trata de personas (por ejemplo, trabajo sexual o una falta laboral sin coacción). Puede haber otra falta o delito.',
    en: 'The person is an adult and no means were observed: without them there is no trafficking (for example, sex work or a labour violation without coercion). Another offence may exist.',
  },
  {
    rule: 'no_trafficking_elements',
    es: 'No se observaron los elementos de la trata de personas ni indicadores de explotación.',
    en: 'Neither the elements of trafficking in persons nor indicators of exploitation were observed.',
  },
] as const satisfies readonly Reason[];
