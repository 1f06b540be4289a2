import type { AgencyType } from '../../platform/access/agency-types.ts';

/**
 * The recommendations the seed report makes to Mexico, as the tracker's starting items: each with the
 * kind of institution that would own it and the indicators that measure it.
 */
export const SEED_RECOMMENDATIONS: Array<{
  key: string;
  owner: AgencyType;
  indicatorCodes: string[];
  es: string;
  en: string;
}> = [
  {
    key: 'prosecute_and_convict',
    owner: 'federal_prosecutor_trafficking',
    indicatorCodes: ['prosecution.investigations', 'prosecution.prosecutions', 'prosecution.convictions'],
    es: 'Continuar investigando y procesando los delitos de trata, y condenar y sancionar a los tratantes, tanto en el ámbito federal como en el estatal, incluidos los delitos de trabajo forzoso.',
    en: 'Continue to investigate and prosecute trafficking offenses, and convict and punish trafficking offenders, at both the federal and state level, including for forced labor crimes.',
  },
  {
    key: 'fund_victim_services',
    owner: 'interagency_commission',
    indicatorCodes: ['protection.referrals_made', 'protection.survivors_identified'],
    es: 'Aumentar el financiamiento de servicios especializados y refugios para víctimas, en alianza con la sociedad civil, y asegurar que las víctimas de todas las formas de trata reciban protección adecuada.',
    en: 'Increase funding for specialized victim services and shelters in partnership with civil society, and ensure that victims of all forms of trafficking receive adequate protection.',
  },
  {
    key: 'complicit_officials',
    owner: 'federal_prosecutor_trafficking',
    indicatorCodes: ['prosecution.officials_prosecuted', 'prosecution.officials_convicted'],
    es: 'Redoblar esfuerzos para que las personas servidoras públicas cómplices de la trata rindan cuentas mediante procesos penales y condenas.',
    en: 'Increase efforts to hold public officials who are complicit in trafficking accountable through prosecution and conviction.',
  },
  {
    key: 'identify_vulnerable',
    owner: 'migration_institute',
    indicatorCodes: [
      'protection.survivors_identified',
      'protection.foreign_survivors',
      'protection.referrals_made',
    ],
    es: 'Fortalecer los procedimientos formales para identificar víctimas de trata entre poblaciones vulnerables, como personas en la prostitución y personas migrantes indocumentadas, y canalizarlas a servicios de atención adecuados.',
    en: 'Enhance formal procedures to identify trafficking victims among vulnerable populations, such as people in prostitution and undocumented migrants, and to refer them to appropriate care services.',
  },
  {
    key: 'coordination',
    owner: 'interagency_commission',
    indicatorCodes: [],
    es: 'Mejorar los mecanismos de coordinación entre las autoridades federales, estatales y locales.',
    en: 'Improve coordination mechanisms between federal, state, and local authorities.',
  },
  {
    key: 'specialized_units',
    owner: 'interagency_commission',
    indicatorCodes: ['prosecution.investigations'],
    es: 'Aumentar la capacidad de las coaliciones regionales y estatales y de las unidades especializadas para responder a los casos de trata, con más financiamiento y personal capacitado.',
    en: 'Increase the ability of regional and state coalitions and specialized units to more effectively respond to human trafficking cases through increased funding and trained staff.',
  },
  {
    key: 'data_collection',
    owner: 'interagency_commission',
    indicatorCodes: [],
    es: 'Mejorar la recopilación de datos.',
    en: 'Improve data collection efforts.',
  },
  {
    key: 'protect_witnesses',
    owner: 'federal_prosecutor_trafficking',
    indicatorCodes: [],
    es: 'Asegurar la protección efectiva de testigos y víctimas que declaran contra los tratantes, y que las víctimas no sean coaccionadas para declarar.',
    en: 'Ensure effective protection for witnesses and victims testifying against trafficking offenders, and ensure that victims are not coerced into testifying against trafficking offenders.',
  },
  {
    key: 'training',
    owner: 'interagency_commission',
    indicatorCodes: ['prevention.activities'],
    es: 'Aumentar la capacitación en identificación y atención de víctimas de trata para policías, personal migratorio, inspectores del trabajo, fiscales, jueces, trabajadores sociales y demás personal de gobierno.',
    en: 'Increase training on human trafficking victim identification and treatment for law enforcement officers, immigration officials, labor inspectors, prosecutors, judges, social workers, and other government employees.',
  },
];
