import { useTranslation } from 'react-i18next';
import { type AgencySummary, changeAgencyStatus } from '../api/agencies.ts';
import { ApiError } from '../api/api-error.ts';
import { ReasonedActDialog } from '../session/ReasonedActDialog.tsx';

type AgencyStatusDialogProps = {
  agency: AgencySummary | null;
  onClose: () => void;
  onChanged: (agency: AgencySummary) => void;
  /** Someone else changed the institution first: the list is read again, the conflict stays shown. */
  onStale: () => void;
};

/** Suspends an active institution or reinstates a suspended one, with a written reason. */
export function AgencyStatusDialog({ agency, onClose, onChanged, onStale }: AgencyStatusDialogProps) {
  const { t } = useTranslation();
  const suspending = !agency?.disabled;
  const messages = suspending ? 'admin.agencySuspend' : 'admin.agencyReinstate';
  return (
    <ReasonedActDialog
      opened={agency !== null}
      title={t(`${messages}.title`, { code: agency?.code ?? '' })}
      size="lg"
      messages={messages}
      tone={suspending ? 'red' : 'orange'}
      minimumReason={20}
      onClose={onClose}
      act={async (reason) => {
        if (!agency) return;
        try {
          onChanged(await changeAgencyStatus(agency, suspending ? 'suspension' : 'reinstatement', reason));
        } catch (error) {
          if (error instanceof ApiError && error.status === 412) onStale();
          throw error;
        }
      }}
    />
  );
}
