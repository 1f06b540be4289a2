import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFileGroup } from '../api/case-files.ts';

// Dark shades on white: the light variants of these hues fall short of WCAG AA contrast.
const COLOURS: Record<CaseFileGroup, string> = {
  needs: 'teal.9',
  identity: 'blue.9',
  investigation: 'grape.9',
};

/** Who may read a note or a file, so that its author and readers know before they share it further. */
export function GroupBadge({ group }: { group: CaseFileGroup }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLOURS[group]}>
      {t(`caseFiles.groups.${group}`)}
    </Badge>
  );
}
