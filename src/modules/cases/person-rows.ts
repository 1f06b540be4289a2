import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import { encryptDocuments } from './document-fields.ts';
import type { AddPersonRequest } from './people-contract.ts';
import { encryptContacts, encryptIdentity } from './person-fields.ts';
import { profileColumns } from './person-profile.ts';
import type {
  Disability,
  PeopleTable,
  PersonContactsTable,
  PersonDocumentsTable,
  PersonIdentitiesTable,
} from './schema.ts';

export type PersonRows = {
  person: Omit<PeopleTable, 'created_at' | 'version' | 'public_official' | 'needs' | 'disabilities'> & {
    public_official: boolean;
    needs: string[];
    disabilities: Disability[];
  };
  identity: PersonIdentitiesTable | null;
  documents: PersonDocumentsTable[];
  contacts: PersonContactsTable[];
};

/**
 * The rows that record one person, identity and contact encrypted before they leave the process: one
 * builder for the form (one person) and for imports (thousands at a time).
 */
export function personRows(
  keyRing: KeyRing,
  target: { personId: string; caseId: string; agencyId: string; officialAgencyId: string | null },
  input: AddPersonRequest,
): PersonRows {
  const { personId } = target;
  return {
    person: {
      id: personId,
      case_id: target.caseId,
      role: input.role,
      recorded_by_agency_id: target.agencyId,
      ...profileColumns(input),
      public_official: input.publicOfficial || target.officialAgencyId !== null,
      official_agency_id: target.officialAgencyId,
      needs: input.needs,
    },
    identity: input.identity ? encryptIdentity(keyRing, personId, input.identity) : null,
    documents: encryptDocuments(keyRing, personId, input.documents),
    contacts: encryptContacts(keyRing, personId, input.contacts),
  };
}
