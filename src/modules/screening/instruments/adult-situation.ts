import { act, ask, purpose } from './build.ts';

/**
 * Questions for adults about how they came to be where they are (Palermo acts) and what they are made
 * to do (purposes). Worded in plain, non-blaming language: "someone", never "your trafficker", and never
 * whether the person agreed, because consent is irrelevant.
 */
export const ADULT_ACT_QUESTIONS = [
  ask(
    'act.recruitment',
    act('recruitment'),
    '¿Alguien le ofreció un trabajo, una relación o una oportunidad para venir al lugar donde está ahora?',
    'Did someone offer you a job, a relationship or an opportunity to come to where you are now?',
  ),
  ask(
    'act.transportation',
    act('transportation'),
    '¿Alguien organizó, pagó o hizo su viaje hasta aquí?',
    'Did someone arrange, pay for or make your journey here?',
  ),
  ask(
    'act.transfer',
    act('transfer'),
    '¿En algún momento le entregaron o le "pasaron" de una persona o de un grupo a otro?',
    'At any point were you handed over or "passed" from one person or group to another?',
  ),
  ask(
    'act.harbouring',
    act('harbouring'),
    '¿Alguien decide dónde vive usted o le da un lugar para quedarse que usted no eligió?',
    'Does someone decide where you live, or give you a place to stay that you did not choose?',
  ),
  ask(
    'act.receipt',
    act('receipt'),
    'Cuando llegó, ¿alguien le estaba esperando para llevarle a trabajar o a vivir a algún lugar?',
    'When you arrived, was someone waiting to take you somewhere to work or to live?',
  ),
];

export const ADULT_PURPOSE_QUESTIONS = [
  ask(
    'purpose.sexual_exploitation',
    purpose('sexual_exploitation'),
    '¿Alguien le ha presionado u obligado a tener relaciones sexuales, a hacer fotos o videos sexuales o a atender clientes, para ganar dinero que se queda otra persona?',
    'Has someone pressured or forced you into sex, sexual photos or videos, or seeing clients, to earn money that someone else keeps?',
  ),
  ask(
    'purpose.forced_labour',
    purpose('forced_labour'),
    '¿Le han hecho trabajar o prestar servicios que usted no quería, o de los que no le dejan irse?',
    'Have you been made to work or provide services you did not want to, or that you are not allowed to leave?',
  ),
  ask(
    'purpose.servitude',
    purpose('servitude'),
    '¿Vive en la casa de quien le da trabajo y no puede dejar de servirle aunque quiera?',
    'Do you live in the home of the person you work for and cannot stop serving them even if you want to?',
  ),
  ask(
    'purpose.slavery',
    purpose('slavery'),
    '¿Alguien le trata como si usted le perteneciera, por ejemplo le vende, le presta o decide todo sobre su vida?',
    'Does someone treat you as if you belonged to them, for example selling or lending you, or deciding everything about your life?',
  ),
  ask(
    'purpose.forced_begging',
    purpose('forced_begging'),
    '¿Alguien le hace pedir dinero en la calle y se queda con lo que usted recibe?',
    'Does someone make you beg on the street and keep what you receive?',
  ),
  ask(
    'purpose.forced_criminality',
    purpose('forced_criminality'),
    '¿Alguien le ha obligado o presionado a vigilar, a vender o transportar drogas, o a hacer otras actividades ilegales?',
    'Has someone forced or pressured you to act as a lookout, to sell or carry drugs, or to do other illegal activities?',
  ),
  ask(
    'purpose.forced_marriage',
    purpose('forced_marriage'),
    '¿Le han obligado o presionado a casarse o a vivir en pareja con alguien?',
    'Have you been forced or pressured to marry or to live as a couple with someone?',
  ),
  ask(
    'purpose.organ_removal',
    purpose('organ_removal'),
    '¿Alguien le ha pedido, presionado u ofrecido dinero para quitarle un órgano, sangre u otro tejido de su cuerpo?',
    'Has someone asked, pressured or offered you money to remove an organ, blood or other tissue from your body?',
  ),
  ask(
    'purpose.biomedical_experimentation',
    purpose('biomedical_experimentation'),
    '¿Le han hecho pruebas, tratamientos o experimentos médicos sin explicarle o sin que pudiera negarse?',
    'Have you been given medical tests, treatments or experiments without an explanation or without being able to refuse?',
  ),
];
