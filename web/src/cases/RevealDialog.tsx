import { useTranslation } from 'react-i18next';
import { type RevealedPerson, revealPerson } from '../api/cases.ts';
import { ReasonedActDialog } from '../session/ReasonedActDialog.tsx';
import type { NumberedPerson } from './PeopleSection.tsx';

type RevealDialogProps = {
  caseId: string;
  target: NumberedPerson | null;
  onClose: () => void;
  onRevealed: (target: NumberedPerson, revealed: RevealedPerson) => void;
};

/** Asks for the reason; when the last sign-in is too old, the reader confirms who they are and it retries. */
export function RevealDialog({ caseId, target, onClose, onRevealed }: RevealDialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonedActDialog
      opened={target !== null}
      title={t('cases.reveal.title')}
      messages="cases.reveal"
      tone="orange"
      minimumReason={10}
      onClose={onClose}
      act={async (reason) => {
        if (target) onRevealed(target, await revealPerson(caseId, target.person.id, reason));
      }}
    />
  );
}
