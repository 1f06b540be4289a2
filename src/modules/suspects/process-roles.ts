/**
 * What a suspect did in the trafficking process, after the IOM Human Trafficking Case Data Standard
 * (HTCDS 2.0, CC BY 4.0): `htcds` is the value of its `per_RoleInProcess` picklist.
 */
export const PROCESS_ROLES = {
  recruiter: {
    htcds: 'RecruiterOrIntermediary',
    es: 'Reclutó o intermedió',
    en: 'Recruiter or intermediary',
  },
  transporter: { htcds: 'Transporter', es: 'Transportó', en: 'Transporter' },
  travelling_partner: { htcds: 'TravellingPartner', es: 'Viajó con la víctima', en: 'Travelling partner' },
  broker: { htcds: 'BrokerTravelAgent', es: 'Gestionó el viaje', en: 'Broker or travel agent' },
  transferred_victim: {
    htcds: 'TransferredIndividual',
    es: 'Trasladó a la víctima',
    en: 'Transferred the victim',
  },
  harboured_victim: {
    htcds: 'HarbouredIndividual',
    es: 'Alojó u ocultó a la víctima',
    en: 'Harboured the victim',
  },
  sold_victim: { htcds: 'SoldIndividual', es: 'Vendió a la víctima', en: 'Sold the victim' },
  bought_victim: { htcds: 'BoughtIndividual', es: 'Compró a la víctima', en: 'Bought the victim' },
  received_victim: { htcds: 'ReceivedIndividual', es: 'Recibió a la víctima', en: 'Received the victim' },
  controlled_victim: {
    htcds: 'ControlledIndividual',
    es: 'Controló a la víctima',
    en: 'Controlled the victim',
  },
  exploiter: { htcds: 'Exploiter', es: 'Explotó a la víctima', en: 'Exploiter' },
  abuser: { htcds: 'Abuser', es: 'Agredió a la víctima', en: 'Abuser' },
  kidnapper: { htcds: 'Kidnapper', es: 'Secuestró a la víctima', en: 'Kidnapper' },
  smuggler: { htcds: 'Smuggler', es: 'Tráfico de migrantes', en: 'Migrant smuggler' },
  other: { htcds: 'Other', es: 'Otro papel', en: 'Other role' },
} as const;

export type ProcessRole = keyof typeof PROCESS_ROLES;
export const PROCESS_ROLE_CODES = Object.keys(PROCESS_ROLES) as [ProcessRole, ...ProcessRole[]];
