import {
  act,
  ask,
  askAge,
  freeToLeaveOnArrival,
  indicator,
  means,
  paidToCrossBorder,
  purpose,
} from './build.ts';

/**
 * Questions for children and adolescents, in "tú" and short sentences. A child needs no means to be a
 * victim, so means are asked only in the long form, to support protection and prosecution.
 */
export const CHILD_QUESTIONS = [
  askAge(
    'child.age',
    '¿Cuántos años tienes? Si no sabes bien, dime cuántos crees.',
    'How old are you? If you are not sure, tell me how old you think you are.',
  ),
  ask(
    'child.recruitment',
    act('recruitment'),
    '¿Alguien te ofreció algo, como trabajo, dinero, regalos o cariño, para que te fueras con esa persona o vinieras aquí?',
    'Did someone offer you something, like work, money, gifts or affection, to go with them or to come here?',
  ),
  ask(
    'child.transportation',
    act('transportation'),
    '¿Alguien te trajo o te llevó de un lugar a otro?',
    'Did someone bring you or take you from one place to another?',
  ),
  ask(
    'child.harbouring',
    act('harbouring'),
    '¿Vives en un lugar que escogió una persona que no es de tu familia?',
    'Do you live in a place chosen by someone who is not your family?',
  ),
  ask(
    'child.receipt',
    act('receipt'),
    'Cuando llegaste, ¿alguien te recibió para llevarte a trabajar o a vivir a otro lugar?',
    'When you arrived, did someone meet you to take you to work or live somewhere else?',
  ),
  ask(
    'child.transfer',
    act('transfer'),
    '¿Te han pasado de una persona o de un grupo a otro?',
    'Have you been passed from one person or group to another?',
  ),
  ask(
    'child.sexual_exploitation',
    purpose('sexual_exploitation'),
    '¿Alguien te ha pedido o hecho tener contacto sexual, o tomar fotos o videos de tu cuerpo, a cambio de algo?',
    'Has someone asked or made you have sexual contact, or take photos or videos of your body, in exchange for something?',
  ),
  ask(
    'child.forced_labour',
    purpose('forced_labour'),
    '¿Trabajas para alguien que no te deja dejar de trabajar o que te castiga si no trabajas?',
    'Do you work for someone who will not let you stop, or who punishes you if you do not work?',
  ),
  ask(
    'child.forced_begging',
    purpose('forced_begging'),
    '¿Alguien te hace pedir dinero o vender cosas en la calle y se queda con el dinero?',
    'Does someone make you beg or sell things on the street and keep the money?',
  ),
  ask(
    'child.forced_criminality',
    purpose('forced_criminality'),
    '¿Alguien te ha hecho vigilar o "halconear", cargar o vender cosas como drogas, o hacer cosas prohibidas?',
    'Has someone made you keep watch as a lookout, carry or sell things like drugs, or do forbidden things?',
  ),
  ask(
    'child.forced_marriage',
    purpose('forced_marriage'),
    '¿Te quieren casar, o te casaron, con alguien sin que tú quisieras?',
    'Does someone want you to marry, or did they make you marry, someone you did not want to?',
  ),
  ask(
    'child.illegal_adoption',
    purpose('illegal_adoption'),
    '¿Te llevaron a vivir con otra familia que dice ser tu familia, sin que sepas por qué?',
    'Were you taken to live with another family who says they are your family, without you knowing why?',
  ),
  ask(
    'child.threat',
    means('threat'),
    '¿Alguien te ha amenazado a ti o a tu familia?',
    'Has someone threatened you or your family?',
  ),
  ask(
    'child.force',
    means('force'),
    '¿Alguien te ha lastimado o golpeado?',
    'Has someone hurt you or hit you?',
  ),
  ask(
    'child.deception',
    means('deception'),
    '¿Te dijeron que ibas a hacer algo y luego fue diferente?',
    'Were you told you would do one thing and then it was different?',
  ),
  ask(
    'child.movement',
    indicator('ilo_restriction_of_movement'),
    '¿Puedes salir del lugar donde vives o trabajas cuando quieres?',
    'Can you leave the place where you live or work when you want to?',
    'no',
  ),
  ask(
    'child.family_contact',
    indicator('ilo_isolation'),
    '¿Puedes hablar con tu familia cuando quieres?',
    'Can you talk to your family when you want to?',
    'no',
  ),
  ask(
    'child.documents',
    indicator('ilo_retention_of_identity_documents'),
    '¿Alguien se quedó con tus papeles, como tu acta de nacimiento?',
    'Has someone kept your papers, like your birth certificate?',
  ),
  ask(
    'child.earnings',
    indicator('htcds_takes_earnings'),
    '¿Alguien se queda con el dinero que ganas?',
    'Does someone keep the money you earn?',
  ),
  ask(
    'child.paid_crossing',
    paidToCrossBorder,
    '¿Tú o tu familia le pagaron a alguien para cruzar la frontera?',
    'Did you or your family pay someone to cross the border?',
  ),
  ask(
    'child.free_on_arrival',
    freeToLeaveOnArrival,
    'Al llegar, ¿te dejaron ir con tu familia o a donde tú querías?',
    'When you arrived, were you allowed to go to your family or wherever you wanted?',
  ),
];
