import { ask, indicator } from './build.ts';

/** ILO forced-labour indicators and HTCDS methods of control, asked in everyday words. */
export const ADULT_INDICATOR_QUESTIONS = [
  ask(
    'indicator.documents',
    indicator('ilo_retention_of_identity_documents'),
    '¿Alguien se quedó con su identificación, pasaporte u otros documentos y no se los devuelve?',
    'Has someone kept your ID, passport or other documents and will not give them back?',
  ),
  ask(
    'indicator.debt',
    indicator('ilo_debt_bondage'),
    '¿Tiene una deuda con quien le trajo o le da trabajo que no logra terminar de pagar?',
    'Do you owe a debt to the person who brought you or employs you that you cannot manage to pay off?',
  ),
  ask(
    'indicator.wages',
    indicator('ilo_withholding_of_wages'),
    '¿Le retienen o no le pagan el dinero que gana?',
    'Is the money you earn held back or not paid to you?',
  ),
  ask(
    'indicator.earnings',
    indicator('htcds_takes_earnings'),
    '¿Otra persona decide cuánto le toca o se queda con el dinero que usted gana?',
    'Does someone else decide your share or keep the money you earn?',
  ),
  ask(
    'indicator.movement',
    indicator('ilo_restriction_of_movement'),
    '¿Puede salir del lugar donde vive o trabaja cuando usted quiere?',
    'Can you leave the place where you live or work when you want to?',
    'no',
  ),
  ask(
    'indicator.contact',
    indicator('ilo_isolation'),
    '¿Puede comunicarse con su familia o con otras personas cuando quiere?',
    'Can you contact your family or other people when you want to?',
    'no',
  ),
  ask(
    'indicator.sexual_violence',
    indicator('ilo_physical_sexual_violence'),
    '¿Alguien le ha tocado o forzado sexualmente sin que usted quisiera?',
    'Has someone touched you sexually or forced you sexually when you did not want it?',
  ),
  ask(
    'indicator.authorities_threat',
    indicator('htcds_threat_of_law_enforcement'),
    '¿Le han amenazado con denunciarle a la policía o a migración?',
    'Have you been threatened with being reported to the police or to immigration?',
  ),
  ask(
    'indicator.conditions',
    indicator('ilo_abusive_working_living_conditions'),
    '¿Donde vive o trabaja le falta comida, agua, descanso o un lugar seguro para dormir?',
    'Where you live or work, do you lack food, water, rest or a safe place to sleep?',
  ),
  ask(
    'indicator.overtime',
    indicator('ilo_excessive_overtime'),
    '¿Le hacen trabajar muchas más horas de las acordadas sin poder negarse?',
    'Are you made to work many more hours than agreed, without being able to refuse?',
  ),
  ask(
    'indicator.medical_care',
    indicator('htcds_restricts_medical_care'),
    '¿Le han impedido ver a un médico o recibir atención cuando la necesitó?',
    'Have you been prevented from seeing a doctor or getting care when you needed it?',
  ),
  ask(
    'indicator.substances',
    indicator('htcds_psychoactive_substances'),
    '¿Alguien le dio alcohol o drogas para que hiciera cosas o para controlarle?',
    'Did someone give you alcohol or drugs to make you do things or to control you?',
  ),
  ask(
    'indicator.children',
    indicator('htcds_uses_children'),
    '¿Alguien usa a sus hijas o hijos para presionarle?',
    'Does someone use your children to pressure you?',
  ),
];
