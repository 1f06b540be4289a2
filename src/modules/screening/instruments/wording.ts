import type { LocalizedText, Population } from './types.ts';

/** Trauma-informed openings: why we ask, that any question can be skipped, that help is unconditional. */
export const ADULT_INTRODUCTION: LocalizedText = {
  'es-MX':
    'Gracias por hablar conmigo. Estas preguntas sirven para saber si usted puede recibir protección y apoyo. Puede saltar cualquier pregunta, pedir una pausa o terminar cuando quiera; no pasa nada si no sabe o no quiere contestar. El apoyo no depende de sus respuestas ni de que presente una denuncia.',
  en: 'Thank you for talking with me. These questions help us know whether you can receive protection and support. You can skip any question, ask for a break or stop whenever you want; it is fine not to know or not to answer. Support does not depend on your answers or on making a complaint.',
};

export const CHILD_INTRODUCTION: LocalizedText = {
  'es-MX':
    'Gracias por platicar conmigo. Te voy a hacer unas preguntas para saber cómo ayudarte. No estás en problemas. Puedes no contestar, pedir una pausa o parar cuando quieras, y puede acompañarte una persona adulta de tu confianza.',
  en: 'Thank you for talking with me. I am going to ask you some questions to know how to help you. You are not in trouble. You can choose not to answer, ask for a break or stop whenever you want, and a trusted adult can be with you.',
};

const COMMON_GUIDANCE: LocalizedText[] = [
  {
    'es-MX':
      'Ofrezca intérprete en la lengua de la persona, incluidas las lenguas indígenas; nunca use como intérprete a quien la acompaña.',
    en: "Offer an interpreter in the person's language, including indigenous languages; never use a companion as the interpreter.",
  },
  {
    'es-MX':
      'Entreviste en privado, lejos de quien acompaña a la persona, y explique para qué se usará lo que diga.',
    en: 'Interview in private, away from anyone accompanying the person, and explain how what they say will be used.',
  },
  {
    'es-MX': 'Nunca pregunte si la persona aceptó o consintió: el consentimiento es irrelevante para la ley.',
    en: 'Never ask whether the person agreed or consented: the law makes consent irrelevant.',
  },
  {
    'es-MX': 'Si la persona se altera, haga una pausa y ofrezca atención; registre la pregunta como omitida.',
    en: 'If the person becomes distressed, pause and offer care; record the question as skipped.',
  },
];

const POPULATION_GUIDANCE: Record<Population, LocalizedText[]> = {
  migrants: [
    {
      'es-MX': 'Informe que la persona puede pedir refugio o regularización aunque no declare contra nadie.',
      en: 'Explain that the person can seek refugee status or regularisation without testifying against anyone.',
    },
  ],
  people_in_prostitution: [
    {
      'es-MX':
        'No juzgue el trabajo sexual: lo que se busca es saber si alguien controla o explota a la persona.',
      en: 'Do not judge sex work: the aim is to learn whether someone controls or exploits the person.',
    },
  ],
  workers: [
    {
      'es-MX':
        'Una falta laboral sin coacción no es trata; registre los indicadores aunque parezcan menores.',
      en: 'A labour violation without coercion is not trafficking; record indicators even if they seem minor.',
    },
  ],
  children: [
    {
      'es-MX':
        'Entreviste con personal especializado en infancia y dé aviso a la Procuraduría de Protección de Niñas, Niños y Adolescentes.',
      en: 'Interview with staff trained to work with children and notify the child protection authority (Procuraduría de Protección).',
    },
  ],
  criminal_activity: [
    {
      'es-MX':
        'Esta entrevista no es una declaración ministerial ni sirve para acusar a la persona. Si puede ser menor de 18 años, use el instrumento para niñas, niños y adolescentes.',
      en: 'This interview is not a statement to a prosecutor and must not be used to accuse the person. If they may be under 18, use the instrument for children.',
    },
  ],
};

export function guidanceFor(population: Population): LocalizedText[] {
  return [...COMMON_GUIDANCE, ...POPULATION_GUIDANCE[population]];
}

export const TITLES: Record<Population, LocalizedText> = {
  migrants: { 'es-MX': 'Tamizaje para personas migrantes', en: 'Screening for migrants' },
  people_in_prostitution: {
    'es-MX': 'Tamizaje para personas en situación de prostitución',
    en: 'Screening for people in prostitution',
  },
  workers: { 'es-MX': 'Tamizaje para personas trabajadoras', en: 'Screening for workers' },
  children: {
    'es-MX': 'Tamizaje para niñas, niños y adolescentes',
    en: 'Screening for children and adolescents',
  },
  criminal_activity: {
    'es-MX': 'Tamizaje para personas encontradas en actividades delictivas',
    en: 'Screening for people found in criminal activity',
  },
};
