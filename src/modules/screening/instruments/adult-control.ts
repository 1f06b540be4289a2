import { ask, askAge, freeToLeaveOnArrival, means, paidToCrossBorder } from './build.ts';

export const ADULT_AGE_QUESTION = askAge(
  'age',
  '¿Cuántos años tiene? Si no lo sabe con seguridad, un aproximado también ayuda.',
  'How old are you? If you are not sure, an estimate also helps.',
);

/** Palermo means asked directly, in everyday words. */
export const ADULT_MEANS_QUESTIONS = [
  ask(
    'means.deception',
    means('deception'),
    '¿El trabajo o la situación resultaron distintos de lo que le dijeron o le prometieron?',
    'Did the work or the situation turn out different from what you were told or promised?',
  ),
  ask(
    'means.fraud',
    means('fraud'),
    '¿Le hicieron firmar papeles o un contrato falso, o usaron documentos falsos a su nombre?',
    'Were you made to sign false papers or a false contract, or were false documents used in your name?',
  ),
  ask(
    'means.threat',
    means('threat'),
    '¿Alguien le ha amenazado a usted o a su familia, o le dijo que algo malo pasaría si se iba?',
    'Has someone threatened you or your family, or told you something bad would happen if you left?',
  ),
  ask(
    'means.force',
    means('force'),
    '¿Alguien le ha golpeado, lastimado o forzado físicamente?',
    'Has someone hit you, hurt you or physically forced you?',
  ),
  ask(
    'means.abduction',
    means('abduction'),
    '¿Alguien le llevó a algún lugar en contra de su voluntad?',
    'Did someone take you somewhere against your will?',
  ),
  ask(
    'means.coercion',
    means('coercion'),
    '¿Alguien le presionó a hacer algo que no quería, con castigos o consecuencias si se negaba?',
    'Did someone pressure you to do something you did not want to, with punishments or consequences if you refused?',
  ),
  ask(
    'means.abuse_of_vulnerability',
    means('abuse_of_vulnerability'),
    '¿Alguien se aprovechó de que usted necesitaba dinero, no tenía papeles, no conocía el lugar o no hablaba el idioma?',
    'Did someone take advantage of your need for money, your lack of papers, or your not knowing the place or the language?',
  ),
  ask(
    'means.abuse_of_power',
    means('abuse_of_power'),
    '¿Una autoridad, un familiar u otra persona con poder sobre usted usó ese poder para que hiciera cosas?',
    'Did an official, a relative or someone else with power over you use that power to make you do things?',
  ),
  ask(
    'means.payment_to_controller',
    means('payment_to_controller'),
    '¿Alguien recibió dinero o favores a cambio de que usted se fuera con otra persona o trabajara para ella?',
    'Did someone receive money or favours in exchange for you going with another person or working for them?',
  ),
];

/** Tell migrant smuggling from trafficking: a paid crossing, and whether the relationship ended on arrival. */
export const CROSSING_QUESTIONS = [
  ask(
    'smuggling.paid',
    paidToCrossBorder,
    '¿Usted o su familia le pagaron a alguien para cruzar la frontera?',
    'Did you or your family pay someone to cross the border?',
  ),
  ask(
    'smuggling.free_on_arrival',
    freeToLeaveOnArrival,
    'Al llegar, ¿pudo irse libremente y terminó el trato con esa persona?',
    'On arrival, were you free to go, and was your arrangement with that person over?',
  ),
];
